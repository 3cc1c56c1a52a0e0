package org.sosqa.rules.internal.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.KieServices;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Runs a KieBase's rules over one audit's facts in a stateless session of its own. Before each rule's
 * consequence the audit sheet is told which rule is firing and its criterion. Disabled rules never fire.
 * A rule that keeps firing is stopped at a limit, and an exception inside a rule becomes a
 * {@link RuleFailure} naming the rule. Immutable and thread-safe: share one across threads.
 */
public final class RuleRunner {
    private final KieBase kieBase;
    private final Set<String> disabled;
    private final int maxFirings;
    private final KieCommands commands = KieServices.get().getCommands();

    /**
     * @param kieBase the compiled rules, shared
     * @param disabled the names of rules that must not fire
     * @param maxFirings the most rule firings one audit may take before it counts as a runaway rule
     */
    public RuleRunner(KieBase kieBase, Set<String> disabled, int maxFirings) {
        this.kieBase = Objects.requireNonNull(kieBase);
        this.disabled = Set.copyOf(disabled);
        this.maxFirings = maxFirings;
    }

    /** The names of every rule in the KieBase. */
    public Set<String> ruleNames() {
        Set<String> names = new java.util.TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        return names;
    }

    /** Each rule's name and its {@code @criterion}, or null for a rule without one (a limit). */
    public java.util.Map<String, String> criteria() {
        java.util.Map<String, String> criteria = new java.util.TreeMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r ->
                criteria.put(r.getName(), Tracker.criterion(r.getMetaData().get("criterion")))));
        return criteria;
    }

    /**
     * Runs the rules.
     *
     * @param facts the facts, inserted in order
     * @param sheet the audit sheet the rules write to; inserted last
     * @throws RuleFailure when a rule throws or keeps firing past the limit
     */
    public void run(List<Object> facts, AuditSheet sheet) {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        Tracker tracker = new Tracker(sheet);
        session.addEventListener(tracker);
        List<Object> all = new ArrayList<>(facts.size() + 1);
        all.addAll(facts);
        all.add(sheet);
        List<Command<?>> batch = List.of(
                commands.newInsertElements(all),
                new FireAllRulesCommand(match -> !disabled.contains(match.getRule().getName()), maxFirings + 1));
        try {
            session.execute(commands.newBatchExecution(batch));
        } catch (RuntimeException e) {
            String rule = tracker.current == null ? "(unknown rule)" : tracker.current;
            throw new RuleFailure(rule, "rule '" + rule + "' failed: " + describe(e), e);
        }
        if (tracker.firings > maxFirings) {
            String rule = tracker.mostFired();
            throw new RuleFailure(rule, "rule '" + rule + "' kept firing: stopped after " + maxFirings
                    + " rule firings on one case (the limit); a rule that changes what it matches can loop for ever", null);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Names the firing rule to the sheet and counts firings, for one audit. */
    private static final class Tracker extends DefaultAgendaEventListener {
        private final AuditSheet sheet;
        private final Map<String, Integer> counts = new HashMap<>();
        private String current;
        private int firings;

        Tracker(AuditSheet sheet) {
            this.sheet = sheet;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            current = rule.getName();
            firings++;
            counts.merge(current, 1, Integer::sum);
            sheet.enter(current, criterion(rule.getMetaData().get("criterion")));
        }

        String mostFired() {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("(unknown rule)");
        }

        // Drools keeps the quotes of a string metadata value.
        static String criterion(Object value) {
            if (value == null) {
                return null;
            }
            String text = value.toString();
            return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
        }
    }
}
