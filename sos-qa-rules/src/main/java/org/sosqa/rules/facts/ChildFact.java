package org.sosqa.rules.facts;

/**
 * A child on the case and the child's-voice work done with them. The ages that count as "old enough"
 * are parameters of the rule pack.
 *
 * @param id the child's id
 * @param path JSON Pointer to the child
 * @param age the child's age in years on the date of the current map, or -1 where unknown
 * @param oldEnoughForTools whether the child is old enough for Three Houses and similar tools
 * @param oldEnoughToScale whether the child is old enough to give a number on a safety scale
 * @param toolWork whether Three Houses, Fairy and Wizard or Safety House work has been done with them
 * @param wordsAndPictures whether they have a words and pictures explanation
 * @param ownWords whether any of the work records the child's own words
 * @param voiceWork how many pieces of child's-voice work have been done with them
 */
public record ChildFact(
        String id,
        String path,
        int age,
        boolean oldEnoughForTools,
        boolean oldEnoughToScale,
        boolean toolWork,
        boolean wordsAndPictures,
        boolean ownWords,
        int voiceWork) {
}
