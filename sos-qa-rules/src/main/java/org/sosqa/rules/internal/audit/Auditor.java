package org.sosqa.rules.internal.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.CollaborativeAudit;
import org.sosqa.core.CriterionRating;
import org.sosqa.rules.AuditException;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.Finding;
import org.sosqa.rules.RulePackInfo;
import org.sosqa.rules.StatementKind;
import org.sosqa.rules.StatementReport;
import org.sosqa.rules.facts.StatementFact;
import org.sosqa.rules.internal.scoring.Instrument;
import org.sosqa.rules.internal.scoring.Scorer;

/**
 * One configured audit: facts from the case, the rules over them, the findings scored. Immutable and
 * thread-safe; each call works on its own sheet.
 */
public final class Auditor {
    private final List<RuleRunner> runners;
    private final CaseFacts facts;
    private final Scorer scorer;
    private final Messages messages;
    private final List<RulePackInfo> packs;
    private final Map<String, Integer> rank;
    /** Each rule's place among all rule names in name order, so the sort compares numbers. */
    private final Map<String, Integer> ruleOrder;

    /**
     * @param runners the rule sets, run in order: the default rules, then each local pack's, which also see
     *     the findings before them
     * @param facts derives facts from a case
     * @param scorer scores the findings with the instrument
     * @param messages what findings say
     * @param packs the rule packs, default first
     */
    public Auditor(List<RuleRunner> runners, CaseFacts facts, Scorer scorer, Messages messages, List<RulePackInfo> packs) {
        this.runners = List.copyOf(runners);
        this.facts = facts;
        this.scorer = scorer;
        this.messages = messages;
        this.packs = List.copyOf(packs);
        Map<String, Integer> rank = new HashMap<>();
        for (Instrument.Domain domain : scorer.instrument().domains()) {
            for (Instrument.Criterion criterion : domain.criteria()) {
                rank.put(criterion.id(), rank.size());
            }
        }
        this.rank = Map.copyOf(rank);
        Map<String, Integer> ruleOrder = new HashMap<>();
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        this.runners.forEach(r -> names.addAll(r.ruleNames()));
        for (String rule : names) {   // sorted by name, across the default rules and every pack
            ruleOrder.put(rule, ruleOrder.size());
        }
        this.ruleOrder = Map.copyOf(ruleOrder);
    }

    /** The rule packs, default first. */
    public List<RulePackInfo> packs() {
        return packs;
    }

    /**
     * Audits one case.
     *
     * @param record a valid case
     * @return its report
     * @throws AuditException when a rule fails on it
     */
    public AuditReport audit(CaseRecord record) {
        AuditSheet sheet = new AuditSheet(messages);
        try {
            run(facts.derive(record), sheet);
        } catch (RuleFailure failure) {
            throw new AuditException(record.id(), failure.rule(), failure.getMessage(), failure.getCause());
        }
        List<Finding> findings = sorted(sheet.findings());
        Scorer.Score score = scorer.score(findings, sheet.limits(), auditorRatings(record));
        return new AuditReport(record.id(), score.grade(), score.overall(), score.domains(), findings,
                sheet.limits(), packs);
    }

    /**
     * Checks one statement on its own, with only the rules that look at a single statement.
     *
     * @param kind the kind of statement
     * @param text the statement
     * @return the feedback
     */
    public StatementReport check(StatementKind kind, String text) {
        StatementFact fact = facts.statement(kind, "", "", text);
        AuditSheet sheet = new AuditSheet(messages);
        try {
            run(List.of(facts.parameters(), fact), sheet);
        } catch (RuleFailure failure) {
            throw new AuditException("", failure.rule(), failure.getMessage(), failure.getCause());
        }
        List<Finding> findings = sorted(sheet.findings());
        Map<String, Boolean> features = new LinkedHashMap<>();
        kind.featureNames().forEach(name -> features.put(name, fact.has(name)));
        long met = findings.stream().filter(Finding::met).count();
        double share = findings.isEmpty()
                ? (features.isEmpty() ? 0 : (double) fact.features().size() / features.size())
                : (double) met / findings.size();
        double score = BigDecimal.valueOf(10 * share).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new StatementReport(kind, score, features, fact.jargon(), findings);
    }

    private void run(List<Object> caseFacts, AuditSheet sheet) {
        runners.get(0).run(caseFacts, sheet);
        for (int i = 1; i < runners.size(); i++) {
            List<Object> seen = new ArrayList<>(caseFacts);
            seen.addAll(sheet.findings());
            runners.get(i).run(seen, sheet);
        }
    }

    private static Map<String, Integer> auditorRatings(CaseRecord record) {
        CollaborativeAudit latest = null;
        for (CollaborativeAudit audit : record.audits()) {
            if (latest == null || !audit.date().isBefore(latest.date())) {
                latest = audit;
            }
        }
        Map<String, Integer> ratings = new HashMap<>();
        if (latest != null) {
            for (CriterionRating rating : latest.ratings()) {
                ratings.put(rating.criterion(), rating.rating());
            }
        }
        return ratings;
    }

    /**
     * The findings in report order: by the criterion's place in the instrument, then rule, then path in
     * document order. Each finding's rank and rule place are looked up once, not at every comparison;
     * paths are compared in place, only when rank and rule tie (cutting every path into segments up
     * front was most of the sort's cost). The sort is stable.
     */
    private List<Finding> sorted(List<Finding> findings) {
        SortKey[] keys = new SortKey[findings.size()];
        for (int i = 0; i < keys.length; i++) {
            Finding f = findings.get(i);
            keys[i] = new SortKey(f, rank.getOrDefault(f.criterion(), Integer.MAX_VALUE),
                    ruleOrder.getOrDefault(f.rule(), -1));
        }
        Arrays.sort(keys, SortKey.ORDER);
        List<Finding> out = new ArrayList<>(keys.length);
        for (SortKey key : keys) {
            out.add(key.finding());
        }
        return out;
    }

    /** A finding with its criterion's rank and its rule's place in name order (-1 if unknown). */
    private record SortKey(Finding finding, int rank, int rule) {
        static final Comparator<SortKey> ORDER = (a, b) -> {
            int c = Integer.compare(a.rank, b.rank);
            if (c != 0) {
                return c;
            }
            c = a.rule >= 0 && b.rule >= 0 ? Integer.compare(a.rule, b.rule) : a.finding.rule().compareTo(b.finding.rule());
            return c != 0 ? c : comparePaths(a.finding.path(), b.finding.path());
        };
    }

    /**
     * JSON Pointers in document order, segment by segment (as {@code split("/", -1)} cuts them): two
     * segments that are both array indexes (digits only, fewer than 10) compare as numbers, others as
     * strings; a pointer that is a prefix of the other comes first. No segment is copied.
     */
    static int comparePaths(String a, String b) {
        // Pointers in one report share long prefixes: start at the segment where they first differ.
        int same = 0;
        int shorter = Math.min(a.length(), b.length());
        while (same < shorter && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        if (same == a.length() && same == b.length()) {
            return 0;
        }
        int i = a.lastIndexOf('/', same - 1) + 1;
        int j = i;
        while (true) {
            int endA = segmentEnd(a, i);
            int endB = segmentEnd(b, j);
            int numberA = number(a, i, endA);
            int numberB = number(b, j, endB);
            int c = numberA >= 0 && numberB >= 0
                    ? Integer.compare(numberA, numberB)
                    : compareRegions(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            boolean lastA = endA == a.length();
            boolean lastB = endB == b.length();
            if (lastA || lastB) {
                return Boolean.compare(!lastA, !lastB);
            }
            i = endA + 1;
            j = endB + 1;
        }
    }

    private static int segmentEnd(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? path.length() : slash;
    }

    /** The segment's value when it is an array index, else -1. */
    private static int number(String path, int from, int to) {
        if (from == to || to - from >= 10) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(path.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(path, from, to, 10);
    }

    /** {@link String#compareTo} of two regions. */
    private static int compareRegions(String a, int fromA, int toA, String b, int fromB, int toB) {
        int lengthA = toA - fromA;
        int lengthB = toB - fromB;
        int n = Math.min(lengthA, lengthB);
        for (int k = 0; k < n; k++) {
            char x = a.charAt(fromA + k);
            char y = b.charAt(fromB + k);
            if (x != y) {
                return x - y;
            }
        }
        return lengthA - lengthB;
    }
}
