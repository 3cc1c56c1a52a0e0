package org.sosqa.rules;

/**
 * The rating of one criterion on one case, with the auditor's rating beside it where a collaborative
 * audit supplied one.
 *
 * @param id the criterion's id in the instrument
 * @param rating the engine's rating on the instrument's scale (0-3 by default), or null where nothing
 *     the criterion asks about applies to this case
 * @param met how many of its checks were met
 * @param checked how many checks were made
 * @param auditorRating the auditor's own rating from the case's latest collaborative audit, or null
 */
public record CriterionResult(String id, Integer rating, int met, int checked, Integer auditorRating) {

    /** Whether the criterion applied to the case. */
    public boolean applicable() {
        return rating != null;
    }
}
