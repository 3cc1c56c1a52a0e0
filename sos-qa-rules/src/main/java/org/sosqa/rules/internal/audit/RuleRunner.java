package org.sosqa.rules.internal.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * Runs a KieBase's rules over one audit's facts in a session of its own: nothing is shared between
 * audits but the immutable KieBase. Sessions come from a pool of this runner's (Drools'
 * {@link KieSessionsPool}): disposing one resets it (facts, agenda, node memories, listeners) and puts it
 * back for the next audit, so an audit does not build the session's per-rule network memory again,
 * which was about a fifth of the rules' cost. The pool holds at most as many sessions as audits ever ran
 * at once on this runner; they are not registered with the KieBase ({@link KeepReferenceOption#NO}),
 * so they go when the runner goes. Before each rule's
 * consequence the audit sheet is told which rule is firing and its criterion. Disabled rules never fire.
 * A rule that keeps firing is stopped at a limit, and an exception inside a rule becomes a
 * {@link RuleFailure} naming the rule. Immutable and thread-safe: share one across threads.
 *
 * <p>A plain {@link KieSession} (insert, fire, dispose) does what a stateless session's batch of
 * commands does, without building and interpreting the commands, and measured a little cheaper.
 *
 * <p>Rules whose order cannot change what they find may be fired <em>directly</em> (Drools'
 * {@link DirectFiringOption}): each rule's matches fire as the network finds them, without the agenda's
 * conflict resolution, which was about a tenth of an audit. The shipped rules qualify: they only read
 * facts and write to the audit sheet (no salience, groups, inserts or changes; DefaultKieBaseTest checks).
 * A local pack's rules may insert facts or use salience, so they keep the agenda. Drools does not tell an
 * agenda listener of a direct firing, so the firing rule is learnt from kie-internal's
 * {@link RuleEventListener}, which Drools calls before every consequence in either mode.
 */
public final class RuleRunner {
    private final KieBase kieBase;
    private final int maxFirings;
    /** Sessions, reset between audits; thread-safe. */
    private final KieSessionsPool sessions;
    /** The pooled sessions' configuration: one object, so the pool keeps one set of sessions. */
    private final KieSessionConfiguration sessionConfiguration;
    /** Null when no rule is disabled, so Drools does not ask about every match. */
    private final AgendaFilter filter;
    /**
     * Each rule's {@code @criterion} metadata, unquoted, read once, by the rule itself (the same object
     * a match names). By identity: a lookup by rule name, hashing and comparing names, was most of the
     * cost of naming the firing rule to the sheet. Never changed after construction.
     */
    private final Map<Rule, String> criteria;

    /**
     * A runner that fires through the agenda, for any rules.
     *
     * @param kieBase the compiled rules, shared
     * @param disabled the names of rules that must not fire
     * @param maxFirings the most rule firings one audit may take before it counts as a runaway rule
     */
    public RuleRunner(KieBase kieBase, Set<String> disabled, int maxFirings) {
        this(kieBase, disabled, maxFirings, false);
    }

    /**
     * @param kieBase the compiled rules, shared
     * @param disabled the names of rules that must not fire
     * @param maxFirings the most rule firings one audit may take before it counts as a runaway rule
     * @param direct whether to fire matches directly, without the agenda: only for rules that read facts
     *     and write to the audit sheet and nothing else, whose firing order cannot matter
     */
    public RuleRunner(KieBase kieBase, Set<String> disabled, int maxFirings, boolean direct) {
        this.kieBase = Objects.requireNonNull(kieBase);
        Set<String> off = Set.copyOf(disabled);
        this.filter = off.isEmpty() ? null : match -> !off.contains(match.getRule().getName());
        this.maxFirings = maxFirings;
        this.sessions = kieBase.newKieSessionsPool(0);
        this.sessionConfiguration = KieServices.get().newKieSessionConfiguration();
        sessionConfiguration.setOption(KeepReferenceOption.NO);
        sessionConfiguration.setOption(direct ? DirectFiringOption.YES : DirectFiringOption.NO);
        Map<Rule, String> byRule = new IdentityHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String criterion = criterion(r.getMetaData().get("criterion"));
                if (criterion != null) {
                    byRule.put(r, criterion);
                }
            }
        }
        this.criteria = Collections.unmodifiableMap(byRule);
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
                criteria.put(r.getName(), criterion(r.getMetaData().get("criterion")))));
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
        Tracker tracker = new Tracker(sheet, criteria);
        KieSession session = sessions.newKieSession(sessionConfiguration);
        try {
            ((RuleEventManager) session).addEventListener(tracker);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.insert(sheet);
            session.fireAllRules(filter, maxFirings + 1);
        } catch (RuntimeException e) {
            String rule = tracker.current == null ? "(unknown rule)" : tracker.current;
            throw new RuleFailure(rule, "rule '" + rule + "' failed: " + describe(e), e);
        } finally {
            session.dispose();   // back to the pool, reset: the listener goes with the facts
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
    private static final class Tracker implements RuleEventListener {
        private final AuditSheet sheet;
        private final Map<Rule, String> criteria;
        /**
         * The rules fired, in order; counted by rule only when the limit is passed. A count per rule kept
         * up at every firing cost a hash update each time, for a figure that is almost never read.
         */
        private final List<String> fired = new ArrayList<>(128);   // the sample fires about 70
        private String current;
        private int firings;

        Tracker(AuditSheet sheet, Map<Rule, String> criteria) {
            this.sheet = sheet;
            this.criteria = criteria;
        }

        @Override
        public void onBeforeMatchFire(Match match) {
            Rule rule = match.getRule();
            current = rule.getName();
            firings++;
            fired.add(current);
            String criterion = criteria.get(rule);
            sheet.enter(current, criterion != null ? criterion : criterion(rule.getMetaData().get("criterion")));
        }

        String mostFired() {
            Map<String, Integer> counts = new HashMap<>();
            fired.forEach(rule -> counts.merge(rule, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("(unknown rule)");
        }

    }

    // Drools keeps the quotes of a string metadata value.
    static String criterion(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        String criterion = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
        // Interned, as the instrument's criterion ids are where they are looked up at every finding.
        return criterion.intern();
    }
}
