package org.sosqa.rules;

import java.util.List;

/**
 * The kinds of free-text statement on a Signs of Safety map whose quality the library checks
 * (domain.md §1.3). Each kind has its own quality criteria, and so its own named features: the
 * {@link #featureNames()} of a kind are exactly the keys a statement check reports for it.
 */
public enum StatementKind {

    /**
     * A danger (worry) statement: what could happen to the child if nothing changes. Features:
     * {@code whoIsWorried} (named people or agencies before a worry word), {@code behaviour} (a named
     * caregiver doing something, not a label), {@code impactOnChild} ("could", "might", "so that"...
     * with a child and a plain description of the hurt).
     */
    DANGER(List.of("whoIsWorried", "behaviour", "impactOnChild")),

    /**
     * A safety goal: what the agency needs to see to be satisfied the child is safe enough. Features:
     * {@code positiveFraming} (good things that will happen, and nothing framed as what will stop),
     * {@code observableBehaviour} (a named person will do something one can see), {@code childExperience}
     * (what the child will be experiencing), {@code sustainPeriod} (for how long it must be seen).
     */
    GOAL(List.of("positiveFraming", "observableBehaviour", "childExperience", "sustainPeriod")),

    /**
     * A harm statement: what has actually happened to the child. Features: {@code who} (the caregiver
     * named), {@code behaviour} (what they did or failed to do), {@code impactOnChild} (the injury or
     * effect on a child), {@code when} (a date, time or frequency).
     */
    HARM(List.of("who", "behaviour", "impactOnChild", "when")),

    /**
     * What 0 or 10 means on a safety scale. Features: {@code safetyDescribed} (the anchor speaks of
     * safety or danger, not "good" and "bad"), {@code closureOrLivingArrangement} (it ties the number
     * to closing the case or to where the child can live, as the published anchor pairs do),
     * {@code childReferenced} (it is about a child, by name or as "the children").
     */
    SCALE_ANCHOR(List.of("safetyDescribed", "closureOrLivingArrangement", "childReferenced"));

    private final List<String> featureNames;

    StatementKind(List<String> featureNames) {
        this.featureNames = featureNames;
    }

    /** The names of the features reported for statements of this kind, in a fixed order. */
    public List<String> featureNames() {
        return featureNames;
    }
}
