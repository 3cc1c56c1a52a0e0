package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The merged screen of the pattern files covers the first 64 expressions; a local file may have more,
 * and may have expressions that look behind (tried at every word). With both, in file order, the first
 * match is still exactly what trying every expression at every word finds.
 */
class WordStartScreenTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {9, 99, 999})
    void moreThan64ExpressionsAndLookBehindsFindTheFirstMatch(long seed) {
        Lexicon lexicon = Lexicon.english();
        List<String> regexes = new ArrayList<>();
        regexes.add("(?<=\\s)weeks?");                  // looks behind: screened everywhere
        while (regexes.size() < 90) {
            lexicon.patterns(LexiconList.TIME_EXPRESSIONS).forEach(e -> regexes.add(e.regex()));
            lexicon.patterns(LexiconList.DURATION).forEach(e -> regexes.add(e.regex()));
            regexes.add("(?<![a-z] )(?:mum|dad)\\s+\\w+");   // a look-behind past the 64th as well
        }
        regexes.add("zebra\\d*");                       // only ever found past the screen
        List<PatternEntry> entries = new ArrayList<>();
        List<Pattern> plain = new ArrayList<>();
        for (int i = 0; i < regexes.size(); i++) {
            String regex = regexes.get(i);
            entries.add(new PatternEntry(regex, Pattern.compile(regex, LexiconReader.PATTERN_FLAGS), "test:" + (i + 1)));
            plain.add(Pattern.compile("(?:" + regex + ")(?![\\p{L}\\p{N}])", LexiconReader.PATTERN_FLAGS));
        }
        WordStartPatterns screened = WordStartPatterns.of(entries);
        StatementGenerator generator = new StatementGenerator(seed);
        for (int t = 0; t < 400; t++) {
            String text = switch (t % 4) {
                case 0 -> generator.next();
                case 1 -> generator.mix() + " zebra12 and Zebra";
                case 2 -> generator.mix() + " Mum said for 3 weeks";
                default -> generator.mix() + " on 2 May 2025";
            };
            Tokens tokens = Tokens.of(text, Set.of());
            assertEquals(WordStartPatternsTest.bruteForce(plain, tokens), screened.first(tokens), () -> "seed " + seed + ": " + text);
        }
    }
}
