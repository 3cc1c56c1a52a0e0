package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cutting text into words, forms, gaps and sentences. */
class TokensTest {

    private static String[] forms(String text) {
        Tokens t = Tokens.of(text, Set.of("mr"));
        String[] forms = new String[t.size];
        Arrays.setAll(forms, t::form);
        return forms;
    }

    @Test
    void wordsKeepInnerApostrophesAndMarksAndDropOtherPunctuation() {
        assertArrayEquals(new String[] {"mum's", "boyfriend", "won't", "let", "parents'", "café", "s", "17"},
                forms("Mum\u2019s boyfriend (won't let) the parents' café... S.17"
                        .replace("the ", "")));
    }

    @Test
    void basesDropPossessivesAndSpansCanLeaveThemOut() {
        String text = "Amy's dad and the parents' car";
        Tokens t = Tokens.of(text, Set.of());
        assertEquals("amy", t.base(0));
        assertEquals("Amy", text.substring(t.start[0], t.baseEnd[0]));
        assertEquals("parents", t.base(4));
        assertEquals("dad", t.base(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "good enough"       | " "
            "good-enough"       | " "
            "good \n  enough"   | " "
            "good - enough"     | " "
            "good, enough"      | ","
            "good. enough"      | "."
            "S.17"              | "."
            "and/or"            | "/"
            """)
    void gapsBetweenWordsAreClassed(String text, String gap) {
        Tokens t = Tokens.of(text.replace("\\n", "\n"), Set.of());
        assertEquals(2, t.size);
        assertEquals(gap, t.gap(1));
    }

    @Test
    void sentencesEndAtStopsBlankLinesAndBulletsButNotAbbreviationsOrLowerCase() {
        Tokens t = Tokens.of("Mr. Smith came. He left! Did he? yes. e.g. this\n\nNew para\n- bullet\nwrapped line",
                Set.of("mr"));
        // Mr. Smith came | He left | Did he | yes. e.g. this | New para | - bullet wrapped line
        assertEquals(6, t.sentenceCount);
        assertEquals(0, t.sentence[1]);                      // Smith: not after "Mr."
        assertEquals(1, t.sentence[4]);                      // left
        assertEquals(3, t.sentence[7]);                      // yes: a question mark ends a sentence whatever follows
        assertEquals(3, t.sentence[10]);                     // "e.g. this": single letters and lower case go on
        assertEquals(4, t.sentence[11]);                     // New: after a blank line
        assertEquals(5, t.sentence[13]);                     // bullet
        assertEquals(5, t.sentence[14]);                     // wrapped: a line break before lower case goes on
    }
}
