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
        return count(word.toCharArray(), 0, word.length());
    }

    /** Syllables in the lower-case word {@code chars[from, from + n)}. */
    static int count(char[] chars, int from, int n) {
        int groups = 0;
        int letters = 0;
        boolean previousVowel = false;
        for (int i = from; i < from + n; i++) {
            char c = chars[i];
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
        return finish(chars, from, n, letters, groups);
    }

    /**
     * The syllables of the lower-case word {@code chars[from, from + n)}, given its number of letters and
     * of groups of adjacent vowels: the rules after the first. {@link Tokens} counts letters and groups
     * as it folds a word, with {@link #LATIN1_CLASS}, and then needs only this.
     */
    static int finish(char[] chars, int from, int n, int letters, int groups) {
        if (letters == 0) {
            return 1;
        }
        if (groups < 2) {
            return 1;
        }
        int last = from + n - 1;
        char z = chars[last];
        char y = n > 1 ? chars[last - 1] : 0;
        char x = n > 2 ? chars[last - 2] : 0;
        if (n > 2 && z == 'e' && !isVowel(y) && !(y == 'l' && n > 3 && !isVowel(x))) {
            groups--;
        } else if (n > 3 && y == 'e' && z == 'd' && x != 't' && x != 'd' && !isVowel(x)) {
            groups--;
        } else if (n > 3 && y == 'e' && z == 's' && "sxzcg".indexOf(x) < 0 && !isVowel(x)
                && !endsWithHes(chars, from, n, 'c') && !endsWithHes(chars, from, n, 's')) {
            groups--;
        }
        return groups;
    }

    /** Whether the word ends in {@code c} + "hes": "ches" or "shes". */
    private static boolean endsWithHes(char[] chars, int from, int n, char c) {
        int last = from + n - 1;
        return n >= 4 && chars[last - 3] == c && chars[last - 2] == 'h' && chars[last - 1] == 'e' && chars[last] == 's';
    }

    /** Whether each character below U+0100 is in {@link #VOWELS}: a table look-up, not a search. */
    private static final boolean[] LATIN1_VOWEL = new boolean[256];

    static {
        for (int i = 0; i < VOWELS.length(); i++) {
            LATIN1_VOWEL[VOWELS.charAt(i)] = true;
        }
    }

    /** A character below U+0100 that is not a letter. */
    static final byte OTHER = 0;
    /** A letter below U+0100 that is not in {@link #VOWELS}. */
    static final byte CONSONANT = 1;
    /** A character in {@link #VOWELS} below U+0100. */
    static final byte VOWEL = 2;
    /**
     * Each character below U+0100 as {@link #OTHER}, {@link #CONSONANT} or {@link #VOWEL}. {@link Tokens}
     * counts with these values (0, 1, 2) by shifts, without branches: keep them.
     */
    static final byte[] LATIN1_CLASS = new byte[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1_CLASS[c] = !Character.isLetter(c) ? OTHER : LATIN1_VOWEL[c] ? VOWEL : CONSONANT;
        }
    }

    private static boolean isVowel(char c) {
        return c < 256 ? LATIN1_VOWEL[c] : VOWELS.indexOf(c) >= 0;
    }
}
