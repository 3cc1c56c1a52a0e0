package org.sosqa.rules;

import java.util.List;
import java.util.Objects;
import org.sosqa.core.accreditation.AwardLevel;

/**
 * What a self-assessment reaches under the award criteria: the level, every criterion with its evidence,
 * and what is missing for the next level. A level is reached when every criterion of it and of every level
 * below it is met.
 *
 * @param organisation the organisation assessed
 * @param level the level reached; {@link AwardLevel#NONE} when some bronze criterion is not met
 * @param criteria every criterion checked, by level then id
 * @param nextLevel the level above and what is missing for it
 * @param criteriaPacks the criteria packs used: the shipped one first, then any scheme's own
 */
public record AccreditationResult(String organisation, AwardLevel level, List<CriterionOutcome> criteria,
        NextLevel nextLevel, List<RulePackInfo> criteriaPacks) {

    public AccreditationResult {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(level, "level");
        criteria = List.copyOf(criteria);
        Objects.requireNonNull(nextLevel, "nextLevel");
        criteriaPacks = List.copyOf(criteriaPacks);
    }

    /**
     * The criteria of one level.
     *
     * @param of the level
     * @return its criteria, by id
     */
    public List<CriterionOutcome> criteria(AwardLevel of) {
        return criteria.stream().filter(c -> c.level() == of).toList();
    }
}
