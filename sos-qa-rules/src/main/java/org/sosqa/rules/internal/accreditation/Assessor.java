package org.sosqa.rules.internal.accreditation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sosqa.core.accreditation.AwardLevel;
import org.sosqa.core.accreditation.SelfAssessment;
import org.sosqa.rules.AccreditationResult;
import org.sosqa.rules.CriterionOutcome;
import org.sosqa.rules.NextLevel;
import org.sosqa.rules.RulePackInfo;

/**
 * Assesses self-assessments against the criteria: makes the facts, runs every KieBase of criteria, and
 * works out the level from the criteria met. Immutable and thread-safe.
 */
public final class Assessor {
    private final List<CriteriaRunner> runners;
    private final AssessmentFacts facts;
    private final List<RulePackInfo> packs;

    public Assessor(List<CriteriaRunner> runners, AssessmentFacts facts, List<RulePackInfo> packs) {
        this.runners = List.copyOf(runners);
        this.facts = facts;
        this.packs = List.copyOf(packs);
    }

    public List<RulePackInfo> packs() {
        return packs;
    }

    public AccreditationResult assess(SelfAssessment assessment) {
        List<Object> all = facts.of(assessment);
        AccreditationSheet sheet = new AccreditationSheet();
        for (CriteriaRunner runner : runners) {
            runner.run(all, sheet);
        }
        List<CriterionOutcome> criteria = new ArrayList<>();
        for (AccreditationSheet.Tally t : sheet.tallies()) {
            criteria.add(new CriterionOutcome(t.criterion, t.level, t.title, t.met, new ArrayList<>(t.evidence),
                    t.met ? List.of() : new ArrayList<>(t.missing)));
        }
        criteria.sort(Comparator.comparing(CriterionOutcome::level).thenComparing(CriterionOutcome::id));
        AwardLevel level = level(criteria);
        AwardLevel next = level.next();
        List<String> missing = new ArrayList<>();
        for (CriterionOutcome c : criteria) {
            if (!c.met() && c.level().compareTo(next) <= 0) {
                c.missing().forEach(m -> missing.add(c.id() + ": " + m));
            }
        }
        return new AccreditationResult(assessment.organisation(), level, criteria, new NextLevel(next, missing), packs);
    }

    /** The highest level whose criteria, and those of every level below, are all met; a level needs one criterion at least. */
    static AwardLevel level(List<CriterionOutcome> criteria) {
        AwardLevel reached = AwardLevel.NONE;
        for (AwardLevel candidate : List.of(AwardLevel.BRONZE, AwardLevel.SILVER, AwardLevel.GOLD)) {
            List<CriterionOutcome> of = criteria.stream().filter(c -> c.level() == candidate).toList();
            if (of.isEmpty() || !of.stream().allMatch(CriterionOutcome::met)) {
                break;
            }
            reached = candidate;
        }
        return reached;
    }
}
