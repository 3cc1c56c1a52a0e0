package org.sosqa.rules.internal;

import java.util.Collection;
import java.util.Objects;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * One compiled, immutable KieBase, shared by all threads. Each {@link #execute} call runs in a stateless
 * session of its own, so concurrent executions never see each other's facts.
 */
public final class LoadedRules {

    private final String name;
    private final KieBase kieBase;

    LoadedRules(String name, KieBase kieBase) {
        this.name = Objects.requireNonNull(name, "name");
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
    }

    /** The KieBase's name, or a generated name for a runtime-compiled pack. */
    public String name() {
        return name;
    }

    /** The number of rules in the KieBase, all packages together. */
    public int ruleCount() {
        int count = 0;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            count += pkg.getRules().size();
        }
        return count;
    }

    /**
     * Inserts the facts into a new stateless session and fires all rules. Rules report their
     * conclusions by writing into result facts passed in {@code facts}.
     *
     * @param facts the facts, inserted in iteration order
     */
    public void execute(Collection<?> facts) {
        kieBase.newStatelessKieSession().execute(facts);
    }

    /** The KieBase itself, for the engine's own use. */
    public KieBase kieBase() {
        return kieBase;
    }
}
