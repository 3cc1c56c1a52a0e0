package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented syllable heuristic behind Flesch reading ease. */
class SyllablesTest {

    /** "compliance" (3) is one of the words the heuristic gets wrong, and documents so. */
    @ParameterizedTest
    @CsvSource({
        "the, 1", "cat, 1", "shake, 1", "table, 2", "agree, 2", "jumped, 1", "wanted, 2", "played, 1",
        "makes, 1", "boxes, 2", "changes, 2", "worried, 2", "children's, 2", "dangerous, 3",
        "neglect, 2", "significant, 4", "compliance, 2", "2026, 1", "s, 1", "rhythm, 1",
    })
    void countsVowelGroupsLessSilentEndings(String word, int syllables) {
        assertEquals(syllables, Syllables.count(word));
    }
}
