package org.sosqa.core.accreditation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An organisation's self-assessment: the evidence of every stream across its cycles, its narrative, and
 * its action plan (domain.md §4.2). Build one in code with {@link #builder(String)}, gathering evidence
 * with {@link EvidenceFrom}, or read one with {@link SelfAssessmentJson}.
 *
 * @param organisation the organisation's name or id
 * @param charterSigned whether its leaders have signed the charter (the leadership commitment bronze asks for)
 * @param cycles the cycles, oldest first, numbered 1, 2, ...
 * @param evidence every piece of evidence, sorted by cycle, stream and measure id
 * @param actionPlan the action plan
 */
public record SelfAssessment(String organisation, boolean charterSigned, List<Cycle> cycles,
        List<Evidence> evidence, ActionPlan actionPlan) {

    private static final Comparator<Evidence> ORDER = Comparator.comparingInt(Evidence::cycle)
            .thenComparing(Evidence::stream).thenComparing(Evidence::measureId);

    public SelfAssessment {
        Objects.requireNonNull(organisation, "organisation");
        cycles = List.copyOf(cycles);
        for (int i = 0; i < cycles.size(); i++) {
            if (cycles.get(i).number() != i + 1) {
                throw new IllegalArgumentException("cycles are numbered 1, 2, ... oldest first");
            }
        }
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(ORDER); // a stable order, so the same evidence gives the same result whatever order it came in
        for (Evidence e : sorted) {
            if (e.cycle() > cycles.size()) {
                throw new IllegalArgumentException("evidence " + e.measureId() + " names cycle " + e.cycle()
                        + ", but there are " + cycles.size() + " cycles");
            }
        }
        evidence = List.copyOf(sorted);
        Objects.requireNonNull(actionPlan, "actionPlan");
    }

    /**
     * The latest cycle's number.
     *
     * @return the number, or 0 when there are no cycles
     */
    public int latestCycle() {
        return cycles.size();
    }

    /**
     * The evidence from one stream, in cycle order.
     *
     * @param stream the stream
     * @return its evidence
     */
    public List<Evidence> evidence(EvidenceStream stream) {
        return evidence.stream().filter(e -> e.stream() == stream).toList();
    }

    /**
     * A builder.
     *
     * @param organisation the organisation's name or id
     * @return a builder with no cycles, no evidence and an empty plan
     */
    public static Builder builder(String organisation) {
        return new Builder(organisation);
    }

    /** Builds a {@link SelfAssessment} piece by piece, for example from the results of each stream. */
    public static final class Builder {
        private final String organisation;
        private boolean charterSigned;
        private final List<Cycle> cycles = new ArrayList<>();
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();

        private Builder(String organisation) {
            this.organisation = Objects.requireNonNull(organisation, "organisation");
        }

        /** Records that the organisation's leaders have signed the charter. @return this builder */
        public Builder charterSigned(boolean signed) {
            this.charterSigned = signed;
            return this;
        }

        /**
         * Adds the next cycle.
         *
         * @param label what people call it
         * @return the new cycle's number
         */
        public int cycle(String label) {
            cycles.add(new Cycle(cycles.size() + 1, label));
            return cycles.size();
        }

        /** Adds evidence. @return this builder */
        public Builder evidence(List<Evidence> items) {
            evidence.addAll(items);
            return this;
        }

        /** Adds one piece of evidence. @return this builder */
        public Builder evidence(Evidence item) {
            evidence.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /** Adds an action to the plan. @return this builder */
        public Builder action(Action action) {
            actions.add(Objects.requireNonNull(action, "action"));
            return this;
        }

        /**
         * Builds the self-assessment.
         *
         * @return it
         * @throws IllegalArgumentException when evidence names a cycle that was not added
         */
        public SelfAssessment build() {
            return new SelfAssessment(organisation, charterSigned, cycles, evidence, new ActionPlan(actions));
        }
    }
}
