package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded random statements for property tests: pure noise, and mixes of lexicon phrases, names, words
 * from realistic statements and punctuation, in random case. The same seed gives the same texts, so a
 * failure can be replayed from the seed in its message.
 */
final class StatementGenerator {

    private static final String NOISE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "     ..,,;:!?''\"-–—’()[]{}/\\&%#@*+=\n\t\r\u00A0éÉüß\u0301İı\uD83D\uDE00\u2019\u02BC\u200B";
    private static final String[] NAMES = {"Amy", "Leo", "Pat", "Jo", "Kyle", "Nana", "Grandma Pat", "Aunty Jo"};
    private static final String[] GLUE = {" ", " ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n\n", "-", "'s ",
        "’s ", " and ", " that ", " when ", " the ", "; ", " - ", "...", "."};
    private static final List<String> PHRASES = new ArrayList<>();
    private static final List<String> WORDS = new ArrayList<>();

    static {
        Lexicon lexicon = Lexicon.english();
        for (LexiconList list : LexiconList.values()) {
            if (list.type() == LexiconList.Type.PHRASES || list.type() == LexiconList.Type.WORDS) {
                for (Phrase phrase : lexicon.phrases(list)) {
                    PHRASES.add(String.join("", phrase.keys()));
                }
            }
        }
        for (String statement : List.of(DangerStatementTest.GOOD, DangerStatementTest.SAMPLE,
                DangerStatementTest.LOW_MOOD, SafetyGoalTest.SAMPLE, SafetyGoalTest.FEEDING,
                HarmStatementTest.SAMPLE, HarmStatementTest.BELT, ScaleAnchorTest.TEN, ScaleAnchorTest.ZERO,
                "for six months over the next 12 weeks on 24 February 2026 last Saturday at 2am three times")) {
            for (String word : statement.split(" ")) {
                WORDS.add(word);
            }
        }
    }

    private final Random random;

    StatementGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Characters from a pool rich in separators, apostrophes, accents and surrogate pairs. */
    String noise() {
        int length = random.nextInt(120);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int i = random.nextInt(NOISE.length());
            char c = NOISE.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < NOISE.length()) {
                text.append(c).append(NOISE.charAt(i + 1));
            } else if (!Character.isLowSurrogate(c) || random.nextInt(8) == 0) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Lexicon phrases, names and statement words glued by punctuation, some changed in case. */
    String mix() {
        int pieces = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            String piece = switch (random.nextInt(5)) {
                case 0, 1 -> PHRASES.get(random.nextInt(PHRASES.size()));
                case 2 -> NAMES[random.nextInt(NAMES.length)];
                case 3 -> WORDS.get(random.nextInt(WORDS.size()));
                default -> random.nextInt(3) == 0 ? String.valueOf((char) ('a' + random.nextInt(26))) : "will";
            };
            piece = switch (random.nextInt(6)) {
                case 0 -> piece.toUpperCase(Locale.ROOT);
                case 1 -> piece.isEmpty() ? piece : Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
                default -> piece;
            };
            text.append(piece).append(GLUE[random.nextInt(GLUE.length)]);
        }
        return text.toString();
    }

    /** Either kind of text, mostly mixes. */
    String next() {
        return random.nextInt(4) == 0 ? noise() : mix();
    }
}
