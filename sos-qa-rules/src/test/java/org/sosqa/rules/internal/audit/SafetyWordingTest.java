package org.sosqa.rules.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Existing safety wording: the direct scan of Latin-1 text finds what the regular expression
 * {@code \b(?:entry|...)\b} over the lower-cased text finds, on many seeded random texts built from the
 * word lists' entries, capitals, apostrophes, underscores, digits, punctuation and non-ASCII letters.
 */
class SafetyWordingTest {

    private static final SafetyWording WORDING = SafetyWording.english();
    private static final List<String> ACTIONS = lines("safety-action.txt");
    private static final List<String> QUALITIES = lines("strength-qualities.txt");
    private static final Pattern ACTION = alternation(ACTIONS);
    private static final Pattern QUALITY = alternation(QUALITIES);
    private static final String[] GLUE = {" ", " ", " ", ", ", ". ", "'", "’", "_", "-", "\n", "s ", "ed ", "2 ",
        "é", "ß", "İ", "Ω", "\u0301", "(", ")", ""};
    private static final String[] WORDS = {"Mum", "Nana", "the children", "when", "Dad", "came home", "drunk",
        "good", "mother", "is", "a", "has", "she", "they"};

    @Test
    void anActionCountsAndAQualityAloneDoesNot() {
        assertTrue(WORDING.describesAction("Mum took Amy and Leo to Nana's when Dad came home drunk."));
        assertFalse(WORDING.describesAction("Mum loves the children."));
        assertTrue(WORDING.describesAction("Mum loves the children and took them to Nana's."));
        assertTrue(WORDING.describesAction("Nana lives nearby."));
        assertFalse(WORDING.describesAction("MUM IS COMMITTED."));
        assertTrue(WORDING.describesAction("Mum is committedly there."));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {6, 66, 666, 6666, 66666})
    void theScanFindsWhatTheExpressionFinds(long seed) {
        Random random = new Random(seed);
        int actions = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                String piece = switch (random.nextInt(3)) {
                    case 0 -> ACTIONS.get(random.nextInt(ACTIONS.size()));
                    case 1 -> QUALITIES.get(random.nextInt(QUALITIES.size()));
                    default -> WORDS[random.nextInt(WORDS.length)];
                };
                if (random.nextInt(4) == 0) {
                    piece = piece.toUpperCase(Locale.ROOT);
                } else if (random.nextInt(4) == 0 && random.nextBoolean()) {
                    piece = piece.substring(0, piece.length() - 1);
                }
                text.append(piece).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String s = text.toString();
            String lower = s.toLowerCase(Locale.ROOT);
            boolean expected = ACTION.matcher(lower).find() || !QUALITY.matcher(lower).find();
            actions += expected ? 1 : 0;
            assertEquals(expected, WORDING.describesAction(s), "seed " + seed + ": " + s);
        }
        assertTrue(actions > 300 && actions < 2900, "both outcomes should be common, actions: " + actions);
    }

    private static Pattern alternation(List<String> words) {
        StringBuilder regex = new StringBuilder("\\b(?:");
        for (int i = 0; i < words.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(words.get(i)));
        }
        return Pattern.compile(regex.append(")\\b").toString());
    }

    private static List<String> lines(String file) {
        try (InputStream in = SafetyWordingTest.class.getResourceAsStream("/org/sosqa/rules/lexicon/en/" + file)) {
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
