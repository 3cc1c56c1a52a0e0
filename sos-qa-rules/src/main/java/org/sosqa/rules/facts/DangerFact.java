package org.sosqa.rules.facts;

/**
 * A danger statement of the current map with what surrounds it: its goal, scale and plan.
 *
 * @param id the statement's id
 * @param path JSON Pointer to the statement
 * @param familyAgreementRecorded whether the family's agreement with it is recorded
 * @param familyGoalRecorded whether its safety goal records the family's own goal
 * @param scaled whether it has a safety scale
 * @param addressedByPlan whether a rule of the safety plan addresses it
 */
public record DangerFact(
        String id,
        String path,
        boolean familyAgreementRecorded,
        boolean familyGoalRecorded,
        boolean scaled,
        boolean addressedByPlan) {
}
