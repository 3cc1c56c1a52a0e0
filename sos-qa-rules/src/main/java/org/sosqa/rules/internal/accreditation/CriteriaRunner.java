package org.sosqa.rules.internal.accreditation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.sosqa.core.accreditation.AwardLevel;

/**
 * Runs one KieBase of accreditation criteria over one assessment's facts in a session of its own, telling
 * the sheet before each consequence which criterion is firing. Disabled rules never fire; a rule that keeps
 * firing is stopped at a limit. Immutable and thread-safe: the KieBase is shared, sessions are not.
 */
public final class CriteriaRunner {

    /** A rule's criterion metadata, read once. */
    public record Criterion(String id, AwardLevel level, String title) {
    }

    private final KieBase kieBase;
    private final AgendaFilter filter;
    private final int maxFirings;
    private final Map<String, Criterion> criteria;

    /**
     * @param kieBase the criteria, compiled
     * @param disabled rule names that must not fire
     * @param maxFirings the most firings one assessment may take
     * @param problems where rules without proper metadata are reported, as rule name to message
     */
    public CriteriaRunner(KieBase kieBase, Set<String> disabled, int maxFirings, Map<String, String> problems) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        Set<String> off = Set.copyOf(disabled);
        this.filter = off.isEmpty() ? null : match -> !off.contains(match.getRule().getName());
        this.maxFirings = maxFirings;
        Map<String, Criterion> byRule = new TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String id = unquote(r.getMetaData().get("criterion"));
                String level = unquote(r.getMetaData().get("level"));
                String title = unquote(r.getMetaData().get("title"));
                AwardLevel parsed = parse(level);
                if (id == null || parsed == null || parsed == AwardLevel.NONE) {
                    problems.put(r.getName(), "rule '" + r.getName() + "' needs @criterion(\"...\") and @level(\"BRONZE\", \"SILVER\" or \"GOLD\")"
                            + " metadata" + (level != null && (parsed == null || parsed == AwardLevel.NONE) ? "; '" + level + "' is not a level" : ""));
                    continue;
                }
                byRule.put(r.getName(), new Criterion(id, parsed, title == null ? id : title));
            }
        }
        this.criteria = Map.copyOf(byRule);
    }

    /** Each rule's name and criterion, by rule name. */
    public Map<String, Criterion> criteria() {
        return new TreeMap<>(criteria);
    }

    /**
     * Runs the criteria.
     *
     * @param facts the facts, inserted in order
     * @param sheet the sheet, inserted last
     * @throws IllegalStateException when a rule throws or keeps firing, naming the rule
     */
    public void run(List<Object> facts, AccreditationSheet sheet) {
        Tracker tracker = new Tracker(sheet, criteria);
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(tracker);
            facts.forEach(session::insert);
            session.insert(sheet);
            session.fireAllRules(filter, maxFirings + 1);
        } catch (RuntimeException e) {
            throw new IllegalStateException("accreditation rule '" + tracker.current + "' failed: " + e.getMessage(), e);
        } finally {
            session.dispose();
        }
        if (tracker.firings > maxFirings) {
            throw new IllegalStateException("accreditation rule '" + tracker.current + "' kept firing: stopped after "
                    + maxFirings + " firings");
        }
    }

    private static final class Tracker extends DefaultAgendaEventListener {
        private final AccreditationSheet sheet;
        private final Map<String, Criterion> criteria;
        private String current = "(unknown rule)";
        private int firings;

        Tracker(AccreditationSheet sheet, Map<String, Criterion> criteria) {
            this.sheet = sheet;
            this.criteria = criteria;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule().getName();
            firings++;
            Criterion c = criteria.get(current);
            sheet.enter(c == null ? current : c.id(), c == null ? AwardLevel.BRONZE : c.level(), c == null ? current : c.title());
        }
    }

    private static AwardLevel parse(String level) {
        if (level == null) {
            return null;
        }
        try {
            return AwardLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // Drools keeps the quotes of a string metadata value.
    private static String unquote(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
