package org.sosqa.rules.internal.statement;

/**
 * A rough English syllable count for Flesch reading ease, without a dictionary:
 * <ol>
 *   <li>a word without letters (a number) is one syllable;</li>
 *   <li>count groups of adjacent vowels (a, e, i, o, u, y and their accented forms);</li>
 *   <li>if there is more than one, a final silent "e" does not count ("shake"), unless the word ends in
 *       consonant + "le" ("table") or the "e" follows a vowel ("agree");</li>
 *   <li>likewise "-ed" does not count unless after t or d ("jumped" 1, "wanted" 2), nor "-es" unless
 *       after s, x, z, c, g, ch or sh ("makes" 1, "boxes" 2);</li>
 *   <li>every word has at least one syllable.</li>
 * </ol>
 * It is right for most everyday words and off by one for some ("poem", "create", "compliance"),
 * which moves a statement's score by a point or two at most.
 */
final class Syllables {

    private static final String VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿ";

    private Syllables() {
    }

    /** Syllables in a lower-case word. */
    static int count(String word) {
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
            boolean vowel = isVowel(c);
            if (vowel && !previousVowel) {
                groups++;
            }
            previousVowel = vowel;
        }
        if (letters == 0) {
            return 1;
        }
        int n = word.length();
        if (groups > 1 && n > 2 && word.charAt(n - 1) == 'e' && !isVowel(word.charAt(n - 2))
                && !(word.charAt(n - 2) == 'l' && n > 3 && !isVowel(word.charAt(n - 3)))) {
            groups--;
        } else if (groups > 1 && n > 3 && word.endsWith("ed") && "td".indexOf(word.charAt(n - 3)) < 0
                && !isVowel(word.charAt(n - 3))) {
            groups--;
        } else if (groups > 1 && n > 3 && word.endsWith("es") && "sxzcg".indexOf(word.charAt(n - 3)) < 0
                && !isVowel(word.charAt(n - 3)) && !word.endsWith("ches") && !word.endsWith("shes")) {
            groups--;
        }
        return Math.max(1, groups);
    }

    /** Whether each character below U+0100 is in {@link #VOWELS}: a table look-up, not a search. */
    private static final boolean[] LATIN1_VOWEL = new boolean[256];

    static {
        for (int i = 0; i < VOWELS.length(); i++) {
            LATIN1_VOWEL[VOWELS.charAt(i)] = true;
        }
    }

    private static boolean isVowel(char c) {
        return c < 256 ? LATIN1_VOWEL[c] : VOWELS.indexOf(c) >= 0;
    }
}
