package org.sosqa.rules.internal.statement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into words, with what the matchers need precomputed once per text.
 *
 * <p>A word is a run of letters and digits (with combining marks), which may contain apostrophes
 * between letters ("won't", "Mum's") and may end in an apostrophe after an s ("parents'"). Everything
 * else separates words. Each word has:
 * <ul>
 *   <li>a <em>form</em>: lower-cased (Locale.ROOT), curly apostrophes made straight;</li>
 *   <li>a <em>base</em>: the form without a possessive "'s" or trailing "'" ("mum's" -> "mum");</li>
 *   <li>a <em>gap class</em>: what separates it from the word before, with white space removed, and
 *       a lone hyphen counted as a space. So "good enough", "good-enough" and "good \n enough" all
 *       join with {@code " "}, while "S.17" joins with {@code "."}. A phrase only matches where its
 *       words are joined the same way, which keeps phrases inside sentences and clauses.</li>
 * </ul>
 * Sentences end at ".", "!" or "?" followed by white space (not after an abbreviation or an initial,
 * and not before a lower-case word), at a blank line, and at a line break before a capital or a bullet.
 *
 * <p>Forms and bases are not made as strings: each word is case-folded into one character array and
 * looked up in the {@link Vocabulary} as it is read, so the matchers get the numbers of the form, the
 * base and the gap class ({@code -1} for one the lexicon does not know). Most words of a text are not
 * in any list and never become a string. A word with a character beyond U+00FF (other than the
 * typographic apostrophe) is folded by {@link String#toLowerCase(Locale)}, which may change its length;
 * below that, folding character by character gives the same result.
 */
final class Tokens {

    /** The gap class of words joined by white space or a lone hyphen. */
    static final String SPACE = " ";

    final String text;
    final Vocabulary vocabulary;
    final int size;
    final int[] start;
    final int[] end;
    /** End without a possessive suffix; equals {@code end} for most words. */
    final int[] baseEnd;
    /** The numbers of each word's form and base in the vocabulary, or -1. */
    final int[] formId;
    final int[] baseId;
    /** The number of each word's gap class in the vocabulary: -1 for the first word and unknown classes. */
    final int[] gapId;
    final int[] sentence;
    final int sentenceCount;
    /** The syllables of all the words ({@link #syllables}), counted as the words are folded. */
    final int syllableCount;
    /** The forms, case-folded: word {@code i} is {@code chars[formAt[i], formAt[i] + formLength[i])}. */
    private final char[] chars;
    private final int[] formAt;
    private final int[] formLength;
    /** The base is the form's first {@code baseLength[i]} characters. */
    private final int[] baseLength;

    private Tokens(String text, Vocabulary vocabulary, int size, int[] start, int[] end) {
        this.text = text;
        this.vocabulary = vocabulary;
        this.size = size;
        this.start = start;
        this.end = end;
        this.baseEnd = new int[size];
        this.formId = new int[size];
        this.baseId = new int[size];
        this.gapId = new int[size];
        this.sentence = new int[size];
        this.formAt = new int[size];
        this.formLength = new int[size];
        this.baseLength = new int[size];
        WordTable table = vocabulary.table;
        char[] folded = new char[text.length()];
        int overflow = text.length();
        char[] scratch = null;
        int currentSentence = 0;
        int syllables = 0;
        for (int i = 0; i < size; i++) {
            int s = start[i];
            int e = end[i];
            int h = 0;
            // The word packed as the table packs it (WordTable.pack), while the characters are at hand.
            long packed = 0;
            boolean simple = true;
            // Letters and vowel groups for the syllable count, while the characters are at hand: counting
            // them over the folded word afterwards, for readability, was a tenth of an analysis.
            // Counted without branches: whether a letter is a vowel follows no pattern a processor can
            // predict, and a mispredicted branch at every letter cost more than the counting.
            int letters = 0;
            int groups = 0;
            int previousVowel = 0;
            for (int k = s; k < e; k++) {
                char c = text.charAt(k);
                if (c < 0x100) {
                    c = LATIN1_FOLDED[c];
                } else if (c == '\u2019') {
                    c = '\'';
                } else {
                    simple = false;
                    break;
                }
                folded[k] = c;
                h = WordTable.hashStep(h, c);
                packed = packed << 8 | c;
                int kind = Syllables.LATIN1_CLASS[c];   // OTHER 0, CONSONANT 1, VOWEL 2
                int vowel = kind >> 1;
                letters += (kind + 1) >> 1;
                groups += vowel & ~previousVowel;
                previousVowel = vowel;
            }
            int at = s;
            int length = e - s;
            if (length > 8) {
                packed = 0;
            }
            if (!simple) {
                String f = normaliseApostrophes(text.substring(s, e)).toLowerCase(Locale.ROOT);
                length = f.length();
                if (overflow + length > folded.length) {
                    folded = Arrays.copyOf(folded, Math.max(folded.length * 2, overflow + length));
                }
                f.getChars(0, length, folded, overflow);
                at = overflow;
                overflow += length;
                h = WordTable.hash(f);
                packed = WordTable.pack(folded, at, length);
            }
            formAt[i] = at;
            formLength[i] = length;
            syllables += simple ? Syllables.finish(folded, at, length, letters, groups)
                    : Syllables.count(folded, at, length);
            int id = table.id(folded, at, length, h, packed);
            formId[i] = id;
            int strip = 0;
            if (length > 2 && folded[at + length - 1] == 's' && folded[at + length - 2] == '\'') {
                strip = 2;
            } else if (length > 1 && folded[at + length - 1] == '\'') {
                strip = 1;
            }
            baseLength[i] = length - strip;
            baseEnd[i] = e - strip;
            if (strip == 0) {
                baseId[i] = id;
            } else {
                int bh = 0;
                for (int k = at; k < at + length - strip; k++) {
                    bh = WordTable.hashStep(bh, folded[k]);
                }
                baseId[i] = table.id(folded, at, length - strip, bh,
                        packed != 0 ? packed >>> (8 * strip) : WordTable.pack(folded, at, length - strip));
            }
            if (i == 0) {
                gapId[i] = -1;
            } else {
                int from = end[i - 1];
                if (s - from == 1 && text.charAt(from) == ' ') {
                    // The usual gap, one space: its class is " " and it never ends a sentence.
                    gapId[i] = Vocabulary.SPACE;
                } else {
                    if (scratch == null || scratch.length < s - from) {
                        scratch = new char[Math.max(16, s - from)];
                    }
                    int kept = gapClass(from, s, scratch);
                    gapId[i] = kept < 0 ? Vocabulary.SPACE : table.id(scratch, 0, kept, WordTable.hash(scratch, kept));
                    if (endsSentence(from, s, i, folded)) {
                        currentSentence++;
                    }
                }
            }
            sentence[i] = currentSentence;
        }
        this.chars = folded;
        this.sentenceCount = size == 0 ? 0 : currentSentence + 1;
        this.syllableCount = syllables;
    }

    /** Cuts {@code text} into words and sentences, knowing only the given abbreviations. */
    static Tokens of(String text, Set<String> abbreviations) {
        return of(text, Vocabulary.ofAbbreviations(abbreviations));
    }

    /** Cuts {@code text} into words and sentences, numbering them in {@code vocabulary}. */
    static Tokens of(String text, Vocabulary vocabulary) {
        int length = text.length();
        // Room for words of four characters and a space on average, so that most texts never grow them.
        int[] starts = new int[Math.max(16, length / 5)];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        while (i < length) {
            char ch = text.charAt(i);
            int cp = Character.isHighSurrogate(ch) ? text.codePointAt(i) : ch;
            if (!isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            i += Character.charCount(cp);
            while (i < length) {
                char d = text.charAt(i);
                int c = Character.isHighSurrogate(d) ? text.codePointAt(i) : d;
                if (isWordPart(c)) {
                    i += Character.charCount(c);
                } else if (isApostrophe(c)) {
                    int next = i + 1 < length ? text.codePointAt(i + 1) : -1;
                    if (next >= 0 && Character.isLetterOrDigit(next)) {
                        i++;
                    } else {
                        char previous = text.charAt(i - 1);
                        if (previous == 's' || previous == 'S') {
                            i++;
                        }
                        break;
                    }
                } else {
                    break;
                }
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = s;
            ends[count] = i;
            count++;
        }
        return new Tokens(text, vocabulary, count, starts, ends);
    }

    /** Word {@code i}'s form: lower-cased, curly apostrophes made straight. Made on demand. */
    String form(int i) {
        return new String(chars, formAt[i], formLength[i]);
    }

    /** Word {@code i}'s base: the form without a possessive. Made on demand. */
    String base(int i) {
        return new String(chars, formAt[i], baseLength[i]);
    }

    /** The length of word {@code i}'s base. */
    int baseLength(int i) {
        return baseLength[i];
    }

    /** Word {@code i}'s gap class: {@code ""} for the first word. Made on demand. */
    String gap(int i) {
        return i == 0 ? "" : gapClass(text.substring(end[i - 1], start[i]));
    }

    /** Gap class followed by form: the key for word {@code i} as the continuation of a phrase. */
    String link(int i) {
        return gap(i).concat(form(i));
    }

    /** The syllables of word {@code i}, counted over its form. */
    int syllables(int i) {
        return Syllables.count(chars, formAt[i], formLength[i]);
    }

    boolean possessive(int i) {
        return baseEnd[i] != end[i];
    }

    /**
     * Whether the word starts with a capital and has a lower-case letter: "Amy" and "Amy's", not "LA",
     * "LA's" or "amy".
     */
    boolean capitalised(int i) {
        char c = text.charAt(start[i]);
        if (c < 0x80 && (c < 'A' || c > 'Z')) {
            // Most words: ASCII, not a capital. The general test below costs a table look-up or two.
            return false;
        }
        int first = text.codePointAt(start[i]);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        for (int k = start[i] + Character.charCount(first); k < baseEnd[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the gap {@code text[from, to)} before word {@code next} ends a sentence. The gap is read
     * once for the characters that matter (it was read once for each of them).
     */
    private boolean endsSentence(int from, int to, int next, char[] folded) {
        int newlines = 0;
        boolean bullet = false;
        int dot = -1;
        for (int k = from; k < to; k++) {
            switch (text.charAt(k)) {
                case '!', '?' -> {
                    return true;
                }
                case '\n' -> newlines++;
                case '-', '*', '\u2022', '\u2013' -> bullet = true;
                case '.' -> {
                    if (dot < 0) {
                        dot = k;
                    }
                }
                default -> {
                }
            }
        }
        if (newlines > 1 || (newlines == 1 && (bullet || capitalisedStart(next)))) {
            return true;
        }
        if (dot < 0 || !hasWhitespaceAfter(dot, to)) {
            return false;
        }
        int before = next - 1;
        if (vocabulary.abbreviation(baseId[before])
                || (baseLength[before] == 1 && Character.isLetter(folded[formAt[before]]))) {
            return false;
        }
        return !Character.isLowerCase(text.codePointAt(start[next]));
    }

    private boolean capitalisedStart(int i) {
        int cp = text.codePointAt(start[i]);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
    }

    private boolean hasWhitespaceAfter(int at, int to) {
        for (int k = at + 1; k < to; k++) {
            if (isSpace(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gap class of {@code text[from, to)} written into {@code into} (which has room for the whole
     * gap): its length, or -1 for {@link #SPACE}. The same as {@link #gapClass(String)}, without a string.
     */
    private int gapClass(int from, int to, char[] into) {
        int kept = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!isSpace(c)) {
                into[kept++] = c;
            }
        }
        return kept == 0 || (kept == 1 && isHyphen(into[0])) ? -1 : kept;
    }

    static String gapClass(String rawGap) {
        StringBuilder kept = null;
        for (int k = 0; k < rawGap.length(); k++) {
            char c = rawGap.charAt(k);
            if (isSpace(c)) {
                continue;
            }
            if (kept == null) {
                kept = new StringBuilder(2);
            }
            kept.append(c);
        }
        if (kept == null) {
            return SPACE;
        }
        if (kept.length() == 1 && isHyphen(kept.charAt(0))) {
            return SPACE;
        }
        return kept.toString();
    }

    /** White space or a space character: a table look-up for ASCII, where most gaps' characters are. */
    private static boolean isSpace(char c) {
        return c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Each character below U+0100 lower-cased ({@link Character#toLowerCase(char)}: all stay below U+0100). */
    private static final char[] LATIN1_FOLDED = new char[0x100];

    static {
        for (char c = 0; c < 0x100; c++) {
            LATIN1_FOLDED[c] = Character.toLowerCase(c);
        }
    }

    /** ASCII letters and digits, a table look-up: most characters of a text are ASCII. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isLetterOrDigit(int cp) {
        return cp < 0x80 ? ASCII_LETTER_OR_DIGIT[cp] : Character.isLetterOrDigit(cp);
    }

    private static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return ASCII_LETTER_OR_DIGIT[cp];
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The apostrophes: ' and the typographic ’. U+02BC, the modifier letter apostrophe, is a letter in
     * Unicode, and so simply part of a word.
     */
    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static String normaliseApostrophes(String s) {
        return s.indexOf('\u2019') < 0 ? s : s.replace('\u2019', '\'');
    }
}
