package org.sosqa.rules.facts;

/**
 * An item of existing safety in the current map.
 *
 * @param path JSON Pointer to the item's text
 * @param linked whether it names a danger statement it answered
 * @param describesAction whether it describes something someone did (rather than a quality such as
 *     "loves the children"), judged from the lexicon's action and quality words
 */
public record ExistingSafetyFact(String path, boolean linked, boolean describesAction) {
}
