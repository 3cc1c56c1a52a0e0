package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screen of the lexicon's words by the letter after them ("this w", "most n", "until t"), and by the
 * whole word after them where the lexicon knows it too ("for most", "a sober"), never changes the first
 * match: texts made of the words that start durations and times (most of them in the
 * English vocabulary, some not, some with accents or curly apostrophes), in random case, joined mostly by
 * single spaces and cut into words with the lexicon's vocabulary, give what trying every expression at
 * every word gives.
 */
class WordStartVocabularyTest {

    private static final String[] WORDS = {"this", "that", "most", "every", "each", "when", "until", "over",
        "since", "during", "for", "the", "a", "an", "at", "in", "on", "last", "next", "coming", "following",
        "whole", "rest", "of", "end", "school", "term", "year", "summer", "christmas", "review", "least", "six",
        "twelve", "several", "few", "couple", "day", "days", "week", "weeks", "weekend", "month", "months", "night",
        "nights", "morning", "evening", "she", "he", "they", "was", "were", "born", "baby", "little", "times",
        "occasions", "separate", "ago", "past", "previous", "same", "monday", "mondays", "sat", "may", "june",
        "2026", "24", "7", "7pm", "12.30", "am", "row", "break", "running", "consistently", "period", "often",
        "many", "again", "and", "some", "early", "mid", "thís", "wh’en", "Amy", "zzz", "period’s"};
    private static final String[] GLUE = {" ", " ", " ", " ", " ", " ", " ", " ", ", ", ". ", "-", "  ", "\n", "'s "};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {9, 99, 999, 9999, 99999})
    void screeningLexiconWordsByTheNextLetterNeverChangesTheFirstMatch(long seed) {
        Random random = new Random(seed);
        Lexicon lexicon = Lexicon.english();
        Vocabulary vocabulary = Vocabulary.of(lexicon);
        for (String word : List.of("this", "that", "most", "every", "when", "until", "over")) {
            assertTrue(vocabulary.table.id(word) >= 0, word + " should be a word of the lexicon");
        }
        int matches = 0;
        for (LexiconList list : List.of(LexiconList.DURATION, LexiconList.TIME_EXPRESSIONS)) {
            WordStartPatterns screened = lexicon.preparedPatterns(list).forVocabulary(vocabulary);
            List<Pattern> plain = WordStartPatternsTest.plain(lexicon, list);
            for (int t = 0; t < 1500; t++) {
                StringBuilder text = new StringBuilder();
                int words = 1 + random.nextInt(10);
                for (int w = 0; w < words; w++) {
                    String word = WORDS[random.nextInt(WORDS.length)];
                    switch (random.nextInt(6)) {
                        case 0 -> word = word.toUpperCase(Locale.ROOT);
                        case 1 -> word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                        default -> { }
                    }
                    text.append(word).append(GLUE[random.nextInt(GLUE.length)]);
                }
                String s = text.toString();
                Tokens tokens = Tokens.of(s, vocabulary);
                Span expected = WordStartPatternsTest.bruteForce(plain, tokens);
                matches += expected == null ? 0 : 1;
                assertEquals(expected, screened.first(tokens), () -> list + ", seed " + seed + ": " + s);
            }
        }
        assertTrue(matches > 150, "the texts should hold durations and times, found " + matches);
    }
}
