package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screen of short words by the letter after them ("for e", "a l", "24 f") never changes the first
 * match: texts made mostly of one- to three-character words joined by single spaces, the words that
 * start durations and times, in random case, give what trying every expression at every word gives.
 */
class WordStartFollowerTest {

    private static final String[] WORDS = {"a", "an", "A", "for", "FOR", "on", "in", "at", "by", "the", "of", "one",
        "two", "six", "ten", "few", "day", "days", "week", "weeks", "month", "months", "year", "next", "over",
        "every", "each", "last", "this", "may", "jan", "feb", "mar", "sat", "sun", "mon", "2", "24", "6", "10",
        "12", "365", "2026", "am", "pm", "ago", "lot", "hours", "example", "least", "most", "row", "until",
        "er", "x", "7pm", "3rd", "1st", "é", "sob"};
    private static final String[] GLUE = {" ", " ", " ", " ", " ", " ", ", ", ". ", "-", "  ", "\n", "'s "};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 77, 777, 7777, 77777})
    void screeningShortWordsByTheNextLetterNeverChangesTheFirstMatch(long seed) {
        Random random = new Random(seed);
        Lexicon lexicon = Lexicon.english();
        int matches = 0;
        for (LexiconList list : List.of(LexiconList.DURATION, LexiconList.TIME_EXPRESSIONS)) {
            WordStartPatterns screened = lexicon.preparedPatterns(list);
            List<Pattern> plain = WordStartPatternsTest.plain(lexicon, list);
            for (int t = 0; t < 1500; t++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(8);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    if (random.nextInt(5) == 0) {
                        word = word.toUpperCase(Locale.ROOT);
                    }
                    text.append(word).append(GLUE[random.nextInt(GLUE.length)]);
                }
                String s = text.toString();
                Tokens tokens = Tokens.of(s, Set.of());
                Span expected = WordStartPatternsTest.bruteForce(plain, tokens);
                matches += expected == null ? 0 : 1;
                assertEquals(expected, screened.first(tokens), () -> list + ", seed " + seed + ": " + s);
            }
        }
        assertTrue(matches > 100, "the texts should hold durations and times, found " + matches);
    }
}
