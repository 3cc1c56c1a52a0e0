package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Syllables are counted over a word's folded characters in place; the reference counts them over a
 * string, as the rules in {@link Syllables} are written. Both agree on many seeded random words, and on
 * every word of the lexicon.
 */
class SyllablesReferenceTest {

    private static final String LETTERS = "aeiouybcdfghjklmnpqrstvwxzslted'0123éàüßıİ\u0301";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 12, 123, 1234})
    void countingInPlaceAgreesWithTheStringRules(long seed) {
        Random random = new Random(seed);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int k = 0; k < length; k++) {
                word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            String w = word.toString();
            char[] padded = ("xy" + w + "z").toCharArray();
            assertEquals(reference(w), Syllables.count(padded, 2, w.length()), w);
            assertEquals(reference(w), Syllables.count(w), w);
        }
        for (LexiconList list : LexiconList.values()) {
            for (Phrase phrase : Lexicon.english().phrases(list)) {
                String w = phrase.keys().get(0);
                assertEquals(reference(w), Syllables.count(w), w);
            }
        }
    }

    /** The rules of {@link Syllables}, on a string. */
    static int reference(String word) {
        String vowels = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿ";
        int groups = 0;
        int letters = 0;
        boolean previousVowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                previousVowel = false;
                continue;
            }
            letters++;
            boolean vowel = vowels.indexOf(c) >= 0;
            if (vowel && !previousVowel) {
                groups++;
            }
            previousVowel = vowel;
        }
        if (letters == 0) {
            return 1;
        }
        int n = word.length();
        if (groups > 1 && n > 2 && word.charAt(n - 1) == 'e' && vowels.indexOf(word.charAt(n - 2)) < 0
                && !(word.charAt(n - 2) == 'l' && n > 3 && vowels.indexOf(word.charAt(n - 3)) < 0)) {
            groups--;
        } else if (groups > 1 && n > 3 && word.endsWith("ed") && "td".indexOf(word.charAt(n - 3)) < 0
                && vowels.indexOf(word.charAt(n - 3)) < 0) {
            groups--;
        } else if (groups > 1 && n > 3 && word.endsWith("es") && "sxzcg".indexOf(word.charAt(n - 3)) < 0
                && vowels.indexOf(word.charAt(n - 3)) < 0 && !word.endsWith("ches") && !word.endsWith("shes")) {
            groups--;
        }
        return Math.max(1, groups);
    }
}
