package org.sosqa.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.rules.internal.accreditation.Assessor;
import org.sosqa.rules.internal.accreditation.CriteriaPackLoader;

/**
 * Assesses a self-assessment against the bronze, silver and gold award criteria (domain.md §4), written as
 * a Drools rule pack compiled at build time. A scheme adapts the criteria as it adapts an audit rule pack:
 * a folder that changes thresholds, switches criteria off and adds its own (see docs/accreditation.md).
 * Build one and share it: it is immutable and thread-safe over one shared KieBase, and each assessment
 * runs in a session of its own.
 *
 * <pre>
 * AccreditationEngine engine = AccreditationEngine.withDefaultCriteria();
 * AccreditationResult result = engine.assess(selfAssessment);
 * result.level(); result.criteria(); result.nextLevel().missing();
 * </pre>
 */
public final class AccreditationEngine {

    /** The most rule firings one assessment may take; the shipped criteria take about twenty. */
    public static final int MAX_RULE_FIRINGS = 10_000;

    private final Assessor assessor;

    private AccreditationEngine(Assessor assessor) {
        this.assessor = assessor;
    }

    /**
     * An engine with the shipped criteria.
     *
     * @return the engine
     */
    public static AccreditationEngine withDefaultCriteria() {
        return builder().build();
    }

    /**
     * A builder, to add a scheme's criteria pack or switch criteria off.
     *
     * @return a new builder with the shipped criteria
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assesses a self-assessment.
     *
     * @param selfAssessment the self-assessment, built in code or read with {@code SelfAssessmentJson}
     * @return the level reached, every criterion with its evidence, and what is missing for the next level
     * @throws IllegalStateException when a criterion rule fails, naming the rule
     */
    public AccreditationResult assess(SelfAssessment selfAssessment) {
        return assessor.assess(Objects.requireNonNull(selfAssessment, "selfAssessment"));
    }

    /**
     * The criteria packs this engine assesses with, the shipped one first.
     *
     * @return their ids, versions and content hashes
     */
    public List<RulePackInfo> criteriaPacks() {
        return assessor.packs();
    }

    /**
     * Every problem in a scheme's criteria pack, each with its file and line where there is one.
     *
     * @param folder the pack's folder
     * @return the problems; empty when the pack is good
     */
    public static List<RulePackException.Problem> check(Path folder) {
        try {
            CriteriaPackLoader.load(List.of(folder), Set.of(), MAX_RULE_FIRINGS, true);
            return List.of();
        } catch (RulePackException e) {
            return e.problems();
        }
    }

    /** Configures an {@link AccreditationEngine}. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private final List<Path> packs = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Adds a scheme's criteria pack: a folder with a {@code pack.json} extending
         * {@code sosqa-accreditation}, and any of rules ({@code *.drl}), decision tables and
         * {@code parameters.properties}.
         *
         * @param folder the pack's folder
         * @return this builder
         */
        public Builder criteriaPack(Path folder) {
            packs.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Switches criterion rules off by id, for example {@code accreditation.gold.support-given}.
         *
         * @param ruleIds the rules' ids
         * @return this builder
         */
        public Builder disable(String... ruleIds) {
            for (String id : ruleIds) {
                disabled.add(Objects.requireNonNull(id, "rule id"));
            }
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws RulePackException listing every problem, with file and line, when a pack is wrong or a rule
         *     to disable does not exist
         */
        public AccreditationEngine build() {
            return new AccreditationEngine(CriteriaPackLoader.load(packs, disabled, MAX_RULE_FIRINGS, false));
        }
    }
}
