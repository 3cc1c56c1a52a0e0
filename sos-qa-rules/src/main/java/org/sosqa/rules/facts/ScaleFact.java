package org.sosqa.rules.facts;

/**
 * A safety scale of the current map: one per danger statement, and the overall judgement.
 *
 * @param path JSON Pointer to the scale
 * @param judgement whether it is the overall judgement rather than a danger statement's scale
 * @param anchorsDefined whether both 10 and 0 are defined
 * @param raters how many ratings it holds
 * @param familyRaters how many of them are from the family (parent, caregiver, child, network)
 * @param childRated whether a child gave a rating
 * @param lowestScore the lowest rating on it, or -1 where there are none
 */
public record ScaleFact(
        String path,
        boolean judgement,
        boolean anchorsDefined,
        int raters,
        int familyRaters,
        boolean childRated,
        int lowestScore) {
}
