package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first-letters screen in front of the pattern files skips only words where no match can start:
 * it finds exactly what trying every expression at every word finds.
 */
class WordStartPatternsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 31, 314, 3141})
    void screeningNeverChangesTheFirstMatch(long seed) {
        StatementGenerator generator = new StatementGenerator(seed);
        Lexicon lexicon = Lexicon.english();
        for (LexiconList list : List.of(LexiconList.DURATION, LexiconList.TIME_EXPRESSIONS)) {
            WordStartPatterns screened = lexicon.preparedPatterns(list);
            List<Pattern> plain = plain(lexicon, list);
            for (int t = 0; t < 400; t++) {
                String text = t % 2 == 0 ? generator.next() : generator.mix() + " for 3 weeks on 2 May 2025 at 10pm";
                Tokens tokens = Tokens.of(text, Set.of());
                assertEquals(bruteForce(plain, tokens), screened.first(tokens), () -> list + ", seed " + seed + ": " + text);
            }
        }
    }

    /** The reference's expressions: each line of the list as written, required to end where a word ends. */
    static List<Pattern> plain(Lexicon lexicon, LexiconList list) {
        return lexicon.patterns(list).stream()
                .map(e -> Pattern.compile("(?:" + e.regex() + ")(?![\\p{L}\\p{N}])", LexiconReader.PATTERN_FLAGS))
                .toList();
    }

    /** The reference: every expression tried at every word start, in order. */
    static Span bruteForce(List<Pattern> patterns, Tokens tokens) {
        for (int i = 0; i < tokens.size; i++) {
            for (Pattern p : patterns) {
                Matcher m = p.matcher(tokens.text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                m.region(tokens.start[i], tokens.text.length());
                if (m.lookingAt()) {
                    int end = m.end();
                    while (end > tokens.start[i] && Character.isWhitespace(tokens.text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > tokens.start[i]) {
                        return new Span(tokens.start[i], end);
                    }
                }
            }
        }
        return null;
    }
}
