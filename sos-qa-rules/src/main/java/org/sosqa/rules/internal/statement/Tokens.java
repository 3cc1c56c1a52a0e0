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
 */
final class Tokens {

    /** The gap class of words joined by white space or a lone hyphen. */
    static final String SPACE = " ";

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    /** End without a possessive suffix; equals {@code end} for most words. */
    final int[] baseEnd;
    final String[] form;
    final String[] base;
    final String[] gap;
    final int[] sentence;
    final int sentenceCount;

    private Tokens(String text, int size, int[] start, int[] end, Set<String> abbreviations) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.baseEnd = new int[size];
        this.form = new String[size];
        this.base = new String[size];
        this.gap = new String[size];
        this.sentence = new int[size];
        int currentSentence = 0;
        for (int i = 0; i < size; i++) {
            String f = normaliseApostrophes(text.substring(start[i], end[i])).toLowerCase(Locale.ROOT);
            form[i] = f;
            if (f.length() > 2 && f.endsWith("'s")) {
                base[i] = f.substring(0, f.length() - 2);
                baseEnd[i] = end[i] - 2;
            } else if (f.length() > 1 && f.endsWith("'")) {
                base[i] = f.substring(0, f.length() - 1);
                baseEnd[i] = end[i] - 1;
            } else {
                base[i] = f;
                baseEnd[i] = end[i];
            }
            if (i == 0) {
                gap[i] = "";
            } else if (start[i] - end[i - 1] == 1 && text.charAt(end[i - 1]) == ' ') {
                // The usual gap, one space: its class is " " and it never ends a sentence.
                gap[i] = SPACE;
            } else {
                String rawGap = text.substring(end[i - 1], start[i]);
                gap[i] = gapClass(rawGap);
                if (endsSentence(rawGap, i, abbreviations)) {
                    currentSentence++;
                }
            }
            sentence[i] = currentSentence;
        }
        this.sentenceCount = size == 0 ? 0 : currentSentence + 1;
    }

    /** Cuts {@code text} into words and sentences. */
    static Tokens of(String text, Set<String> abbreviations) {
        int length = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            i += Character.charCount(cp);
            while (i < length) {
                int c = text.codePointAt(i);
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
        return new Tokens(text, count, starts, ends, abbreviations);
    }

    /**
     * Gap class followed by form: the key for word {@code i} as the continuation of a phrase. Made on
     * demand: the phrase index looks words joined by one space up by form alone, so most words never
     * need it.
     */
    String link(int i) {
        return gap[i].concat(form[i]);
    }

    /** Gap class followed by base: {@link #link} without a possessive. */
    String baseLink(int i) {
        return gap[i].concat(base[i]);
    }

    /** Whether {@code key} equals {@link #link}{@code (i)}, without making the link. */
    boolean linkIs(String key, int i) {
        return joins(key, gap[i], form[i]);
    }

    /** Whether {@code key} equals {@link #baseLink}{@code (i)}, without making the link. */
    boolean baseLinkIs(String key, int i) {
        return joins(key, gap[i], base[i]);
    }

    private static boolean joins(String key, String gap, String word) {
        return key.length() == gap.length() + word.length() && key.startsWith(gap) && key.startsWith(word, gap.length());
    }

    boolean possessive(int i) {
        return baseEnd[i] != end[i];
    }

    /**
     * Whether the word starts with a capital and has a lower-case letter: "Amy" and "Amy's", not "LA",
     * "LA's" or "amy".
     */
    boolean capitalised(int i) {
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

    private boolean endsSentence(String rawGap, int next, Set<String> abbreviations) {
        if (rawGap.indexOf('!') >= 0 || rawGap.indexOf('?') >= 0) {
            return true;
        }
        int newline = rawGap.indexOf('\n');
        if (newline >= 0) {
            if (rawGap.indexOf('\n', newline + 1) >= 0 || capitalisedStart(next) || hasBullet(rawGap)) {
                return true;
            }
        }
        int dot = rawGap.indexOf('.');
        if (dot < 0 || !hasWhitespaceAfter(rawGap, dot)) {
            return false;
        }
        String before = base[next - 1];
        if (abbreviations.contains(before) || (before.length() == 1 && Character.isLetter(before.charAt(0)))) {
            return false;
        }
        return !Character.isLowerCase(text.codePointAt(start[next]));
    }

    private boolean capitalisedStart(int i) {
        int cp = text.codePointAt(start[i]);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
    }

    private static boolean hasBullet(String rawGap) {
        for (int k = 0; k < rawGap.length(); k++) {
            char c = rawGap.charAt(k);
            if (c == '-' || c == '*' || c == '\u2022' || c == '\u2013') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWhitespaceAfter(String s, int from) {
        for (int k = from + 1; k < s.length(); k++) {
            if (Character.isWhitespace(s.charAt(k)) || Character.isSpaceChar(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static String gapClass(String rawGap) {
        StringBuilder kept = null;
        for (int k = 0; k < rawGap.length(); k++) {
            char c = rawGap.charAt(k);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isWordPart(int cp) {
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
