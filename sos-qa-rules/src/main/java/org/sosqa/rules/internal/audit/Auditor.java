package org.sosqa.rules.internal.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
    private final FindingOrder order;

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
        List<String> criteria = new ArrayList<>();
        for (Instrument.Domain domain : scorer.instrument().domains()) {
            for (Instrument.Criterion criterion : domain.criteria()) {
                criteria.add(criterion.id());
            }
        }
        java.util.SortedSet<String> rules = new java.util.TreeSet<>();
        this.runners.forEach(r -> rules.addAll(r.ruleNames()));
        this.order = new FindingOrder(criteria, rules);
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
        List<Finding> findings = order.sort(sheet.findings());
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
        List<Finding> findings = order.sort(sheet.findings());
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
}
