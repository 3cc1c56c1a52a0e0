package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions of one pattern file, tried only where a word starts and required to end
 * where a word ends; so no expression can match inside a word, and the cost grows with the number of
 * words rather than characters. At each word the expressions are tried in file order; the first match
 * in the text wins.
 *
 * <p>Most words cannot start a match, and trying expressions at each was most of the cost of an
 * analysis. So each expression is tried on every ASCII letter or digit when built, and, the first time
 * a word starts with a letter that could start a match, on every pair beginning with that letter and
 * then every such triple: where it fails without reading to the end of
 * that short string, no match can start with a word that begins with it, and the expression is not
 * tried there. This is exact, not a guess (a match that starts at "dad" must read "d", "a", "d"
 * first), except for expressions that look behind, which are tried everywhere. Short words followed by
 * one space are screened by the next word's first character too, and so, in an analyser's copy
 * ({@link #forVocabulary}), are the lexicon's own words ("this", "every", "until"), by word number;
 * where the next word is the lexicon's too, the two are screened whole ("for most").
 */
final class WordStartPatterns {

    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SIZE = ALPHABET.length();
    /** {@link #byPair} keeps {@code 2^PAIR_BITS} pairs of words. */
    private static final int PAIR_BITS = 10;

    private final List<Starts> patterns;
    private final Screen screen;
    /** The vocabulary whose words {@link #byWord} screens; null for none. */
    private final Vocabulary vocabulary;
    /** Per word number of {@link #vocabulary}, the tables of {@link Screen#followedBy(String)}; null until needed. */
    private final AtomicReferenceArray<long[]> byWord;
    /**
     * Screens of two of the vocabulary's words joined by one space ({@link #followedBy(int, int, long)}),
     * kept by the pair's hash, a newer pair taking an older one's place: the memory stays bounded
     * whatever texts come, and it holds lexicon words' numbers only, never a text's.
     */
    private final AtomicReferenceArray<Pair> byPair;

    private WordStartPatterns(List<Starts> patterns) {
        this.patterns = List.copyOf(patterns);
        this.screen = new Screen(this.patterns);
        this.vocabulary = null;
        this.byWord = null;
        this.byPair = null;
    }

    private WordStartPatterns(WordStartPatterns shared, Vocabulary vocabulary) {
        this.patterns = shared.patterns;
        this.screen = shared.screen;
        this.vocabulary = vocabulary;
        this.byWord = new AtomicReferenceArray<>(vocabulary.table.size());
        this.byPair = new AtomicReferenceArray<>(1 << PAIR_BITS);
    }

    /**
     * The same expressions, with a further screen for texts cut into words with {@code vocabulary}: a
     * word the vocabulary knows, of ASCII letters and digits, followed by one space and a letter or
     * digit, is screened by the whole word and that character ("this w", "most n", "until t"), as
     * {@link Screen#followedBy(int, int, int, int)} screens words of one to three characters. The tables
     * are kept by word number, worked out on first use: the words are the lexicon's, never a text's.
     */
    WordStartPatterns forVocabulary(Vocabulary vocabulary) {
        return new WordStartPatterns(this, vocabulary);
    }

    /** Prepares the entries of one file. */
    static WordStartPatterns of(List<PatternEntry> entries) {
        List<Starts> patterns = new ArrayList<>(entries.size());
        for (PatternEntry entry : entries) {
            String regex = "(?:" + entry.regex() + ")" + WORD_END;
            patterns.add(new Starts(Pattern.compile(regex, LexiconReader.PATTERN_FLAGS)));
        }
        return new WordStartPatterns(patterns);
    }

    /** The first match in the text, trailing white space left out; null if none. */
    Span first(Tokens tokens) {
        if (patterns.isEmpty() || tokens.size == 0) {
            return null;
        }
        String text = tokens.text;
        Matcher[] matchers = new Matcher[patterns.size()];
        for (int i = 0; i < tokens.size; i++) {
            int start = tokens.start[i];
            int length = tokens.end[i] - start;
            int a = letter(text.charAt(start));
            int b = length > 1 ? letter(text.charAt(start + 1)) : -1;
            int c = length > 2 ? letter(text.charAt(start + 2)) : -1;
            // One table look-up tells which of the first 64 expressions may start here: most words
            // start none, and asking each expression in turn was most of the cost.
            long candidates = screen.candidates(a, b, c, length);
            if (candidates != 0 && a >= 0 && start + length + 1 < text.length() && text.charAt(start + length) == ' ') {
                int d = letter(text.charAt(start + length + 1));
                if (d >= 0) {
                    if (length <= 3 && (length < 2 || b >= 0) && (length < 3 || c >= 0)) {
                        candidates &= screen.followedBy(a, length > 1 ? b : -1, length > 2 ? c : -1, d);
                    }
                    if (candidates != 0) {
                        candidates = byVocabulary(tokens, i, d, candidates);
                    }
                }
            }
            while (candidates != 0) {
                int p = Long.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                Span match = lookingAt(matchers, p, text, start);
                if (match != null) {
                    return match;
                }
            }
            for (int p = Screen.SCREENED; p < matchers.length; p++) {
                if (patterns.get(p).mayStart(a, b, c, length)) {
                    Span match = lookingAt(matchers, p, text, start);
                    if (match != null) {
                        return match;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Of {@code candidates}, those left by the screens of {@link #vocabulary}'s words: word {@code i}, a
     * word of the vocabulary followed by one space and a word starting with letter or digit {@code d}, is
     * screened by itself and {@code d}, and then, where the next word is in the vocabulary too, by the
     * two words whole. Words outside the vocabulary, or not all ASCII, are not screened so.
     */
    private long byVocabulary(Tokens tokens, int i, int d, long candidates) {
        int form = tokens.formId[i];
        if (form < 0 || tokens.vocabulary != vocabulary || !ascii(tokens, i)) {
            return candidates;
        }
        long kept = candidates & followedBy(form)[d];
        int next = i + 1;
        if (kept != 0 && next < tokens.size && tokens.start[next] == tokens.end[i] + 1
                && tokens.formId[next] >= 0 && ascii(tokens, next)) {
            kept = followedBy(form, tokens.formId[next], kept);
        }
        return kept;
    }

    /** The table of {@link Screen#followedBy(String)} of word number {@code form} of {@link #vocabulary}. */
    private long[] followedBy(int form) {
        long[] next = byWord.get(form);
        if (next == null) {
            byWord.compareAndSet(form, null, screen.followedBy(vocabulary.table.word(form)));
            next = byWord.get(form);
        }
        return next;
    }

    /**
     * Of {@code candidates}, the expressions that may start at word {@code form} of {@link #vocabulary}
     * followed by one space and word {@code next} ({@link Screen#followedBy(String, String, long)}), kept
     * by the two words and the candidates asked about. Only the candidates are tried, and they are few, so
     * a pair pushed out of the table by another costs, when it comes again, about what trying them on the
     * text would.
     */
    private long followedBy(int form, int next, long candidates) {
        int slot = ((form * 0x9E3779B9) ^ next) * 0x85EBCA6B >>> (Integer.SIZE - PAIR_BITS);
        Pair pair = byPair.get(slot);
        if (pair == null || pair.form() != form || pair.next() != next || pair.asked() != candidates) {
            long kept = screen.followedBy(vocabulary.table.word(form), vocabulary.table.word(next), candidates);
            pair = new Pair(form, next, candidates, kept);
            byPair.set(slot, pair);
        }
        return pair.kept();
    }

    /** Two words' numbers, the candidates asked about, and those that may start at the pair. */
    private record Pair(int form, int next, long asked, long kept) {
    }

    /**
     * Whether word {@code i} is all ASCII: then its form is its characters lower-cased, which the
     * case-insensitive expressions read as they read the text.
     */
    private static boolean ascii(Tokens tokens, int i) {
        for (int k = tokens.start[i]; k < tokens.end[i]; k++) {
            if (tokens.text.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Expression {@code p}'s match starting at {@code start}, trailing white space left out, or null. */
    private Span lookingAt(Matcher[] matchers, int p, String text, int start) {
        Matcher matcher = matchers[p];
        if (matcher == null) {
            matcher = patterns.get(p).pattern.matcher(text);
            matcher.useTransparentBounds(true);
            matcher.useAnchoringBounds(false);
            matchers[p] = matcher;
        }
        matcher.region(start, text.length());
        if (matcher.lookingAt()) {
            int end = matcher.end();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                return new Span(start, end);
            }
        }
        return null;
    }

    /**
     * The screens of the first {@value #SCREENED} expressions merged into one table of bit sets, so that
     * a word costs one look-up rather than one per expression. Bit {@code p} of an entry is set when
     * expression {@code p} may start at a word beginning so ({@link Starts#mayStart}); the rows of the
     * two- and three-character entries are merged on first use, like the expressions' own.
     */
    private static final class Screen {

        static final int SCREENED = Long.SIZE;

        private final List<Starts> screened;
        /** Every screened expression. */
        private final long all;
        /** Expressions that may start with any word (they look behind), and so are in every entry. */
        private final long everywhere;
        /** Per first letter, the bits of the expressions that may start with a word of that letter. */
        private final long[] one;
        /** Per first letter, the merged two- and three-character entries, indexed as {@link Starts#row}. */
        private final AtomicReferenceArray<long[]> rows = new AtomicReferenceArray<>(SIZE);
        /** Per first letter, the tables of {@link #followedBy} by the rest of the word; null until needed. */
        private final AtomicReferenceArray<AtomicReferenceArray<long[]>> followers = new AtomicReferenceArray<>(SIZE);

        Screen(List<Starts> patterns) {
            this.screened = List.copyOf(patterns.subList(0, Math.min(SCREENED, patterns.size())));
            long all = 0;
            long anywhere = 0;
            this.one = new long[SIZE];
            for (int p = 0; p < screened.size(); p++) {
                long bit = 1L << p;
                all |= bit;
                Starts starts = screened.get(p);
                if (starts.one == null) {
                    anywhere |= bit;
                }
                for (int a = 0; a < SIZE; a++) {
                    if (starts.one == null || starts.one[a]) {
                        one[a] |= bit;
                    }
                }
            }
            this.everywhere = anywhere;
            this.all = all;
        }

        /**
         * The bits of the expressions that may start at a word of one to three ASCII letters or digits
         * (codes {@code a}, then {@code b} and {@code c} or -1 where the word is shorter), followed by one
         * space and a word starting with letter or digit {@code d}. The word is then known whole, so
         * trying each expression on those characters ("for e") is exact in the same way as the screen
         * of word starts: a match must read them first. Most short words that may start an expression
         * ("a", "for", "on", "24") start none with the word after them ("a lot", "for hours",
         * "24 February"), and each expression tried at a word cost about a microsecond. Worked out per
         * word on first use, like the rows.
         */
        long followedBy(int a, int b, int c, int d) {
            AtomicReferenceArray<long[]> byWord = followers.get(a);
            if (byWord == null) {
                followers.compareAndSet(a, null, new AtomicReferenceArray<>(1 + SIZE + SIZE * SIZE));
                byWord = followers.get(a);
            }
            int key = b < 0 ? 0 : c < 0 ? 1 + b : 1 + SIZE + b * SIZE + c;
            long[] next = byWord.get(key);
            if (next == null) {
                next = new long[SIZE];
                StringBuilder probe = new StringBuilder(5);
                for (int p = 0; p < screened.size(); p++) {
                    Starts starts = screened.get(p);
                    Matcher matcher = starts.pattern.matcher(probe);
                    for (int e = 0; e < SIZE; e++) {
                        probe.setLength(0);
                        probe.append(ALPHABET.charAt(a));
                        if (b >= 0) {
                            probe.append(ALPHABET.charAt(b));
                        }
                        if (c >= 0) {
                            probe.append(ALPHABET.charAt(c));
                        }
                        probe.append(' ').append(ALPHABET.charAt(e));
                        if (starts.one == null || Starts.mayStart(matcher, probe)) {
                            next[e] |= 1L << p;
                        }
                    }
                }
                byWord.compareAndSet(key, null, next);
                next = byWord.get(key);
            }
            return next[d];
        }

        /**
         * Per letter or digit {@code d}, the bits of the expressions that may start at the whole word
         * {@code word} followed by one space and a word starting with {@code d}; exact in the same way
         * as {@link #followedBy(int, int, int, int)}. Every bit is set for a word that is not all ASCII
         * lower-case letters and digits (such a word is not screened so).
         */
        long[] followedBy(String word) {
            long[] next = new long[SIZE];
            if (!lettersAndDigits(word)) {
                Arrays.fill(next, all);
                return next;
            }
            StringBuilder probe = new StringBuilder(word.length() + 2);
            for (int p = 0; p < screened.size(); p++) {
                Starts starts = screened.get(p);
                Matcher matcher = starts.pattern.matcher(probe);
                for (int e = 0; e < SIZE; e++) {
                    probe.setLength(0);
                    probe.append(word).append(' ').append(ALPHABET.charAt(e));
                    if (starts.one == null || Starts.mayStart(matcher, probe)) {
                        next[e] |= 1L << p;
                    }
                }
            }
            return next;
        }

        /**
         * Of the expressions in {@code candidates}, those that may start at the whole word {@code word}
         * followed by one space and the whole word {@code next}; exact in the same way as
         * {@link #followedBy(int, int, int, int)}. All of {@code candidates} when either word is not all
         * ASCII lower-case letters and digits. Most of the expressions that a word and the next one's
         * first letter let through fail a few letters later ("for most", "a sober"), after about a
         * microsecond of trying on the text.
         */
        long followedBy(String word, String next, long candidates) {
            if (!lettersAndDigits(word) || !lettersAndDigits(next)) {
                return candidates;
            }
            String probe = word + ' ' + next;
            long kept = candidates;
            for (long left = candidates; left != 0; left &= left - 1) {
                int p = Long.numberOfTrailingZeros(left);
                Starts starts = screened.get(p);
                if (starts.one != null && !Starts.mayStart(starts.pattern.matcher(probe), probe)) {
                    kept &= ~(1L << p);
                }
            }
            return kept;
        }

        /** Whether {@code word} is all ASCII lower-case letters and digits. */
        private static boolean lettersAndDigits(String word) {
            for (int k = 0; k < word.length(); k++) {
                if (letter(word.charAt(k)) < 0 || Character.isUpperCase(word.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** The bits of the expressions that may start at such a word; see {@link Starts#mayStart}. */
        long candidates(int a, int b, int c, int length) {
            if (a < 0) {
                return all;
            }
            long first = one[a];
            if (length == 1 || b < 0 || first == everywhere) {
                return first;
            }
            long[] row = row(a);
            return length == 2 || c < 0 ? row[b] : row[SIZE + b * SIZE + c];
        }

        private long[] row(int a) {
            long[] row = rows.get(a);
            if (row == null) {
                row = new long[SIZE + SIZE * SIZE];
                for (int p = 0; p < screened.size(); p++) {
                    long bit = 1L << p;
                    Starts starts = screened.get(p);
                    if (starts.one == null) {
                        for (int k = 0; k < row.length; k++) {
                            row[k] |= bit;
                        }
                    } else if (starts.one[a]) {
                        boolean[] own = starts.row(a);
                        for (int b = 0; b < SIZE; b++) {
                            if (!own[b]) {
                                continue;
                            }
                            row[b] |= bit;
                            for (int c = 0; c < SIZE; c++) {
                                if (own[SIZE + b * SIZE + c]) {
                                    row[SIZE + b * SIZE + c] |= bit;
                                }
                            }
                        }
                    }
                }
                rows.compareAndSet(a, null, row);
                row = rows.get(a);
            }
            return row;
        }
    }

    /** One expression, with the first letters a match of it can start with. */
    private static final class Starts {

        final Pattern pattern;
        /** Whether a match may start with the first letter of a word; null: anywhere. */
        private final boolean[] one;
        /** Per first letter, the tables of {@link #row}; null until needed, or when {@code one} is. */
        private final AtomicReferenceArray<boolean[]> rows;

        Starts(Pattern pattern) {
            this.pattern = pattern;
            String regex = pattern.pattern();
            if (regex.contains("(?<=") || regex.contains("(?<!")) {
                one = null;
                rows = null;
                return;
            }
            one = new boolean[SIZE];
            rows = new AtomicReferenceArray<>(SIZE);
            StringBuilder start = new StringBuilder(1);
            Matcher probe = pattern.matcher(start);
            for (int a = 0; a < SIZE; a++) {
                start.setLength(0);
                start.append(ALPHABET.charAt(a));
                one[a] = mayStart(probe, start);
            }
        }

        /**
         * The two- and three-character table of the words starting with letter {@code a}: entry
         * {@code b} for the pair, {@code SIZE + b * SIZE + c} for the triple. Worked out on first use
         * rather than when the lexicon is built, which made a large part of start-up; two threads may
         * both work one out, and get equal tables.
         */
        private boolean[] row(int a) {
            boolean[] row = rows.get(a);
            if (row == null) {
                row = new boolean[SIZE + SIZE * SIZE];
                StringBuilder start = new StringBuilder(3);
                Matcher probe = pattern.matcher(start);
                for (int b = 0; b < SIZE; b++) {
                    start.setLength(0);
                    start.append(ALPHABET.charAt(a)).append(ALPHABET.charAt(b));
                    row[b] = mayStart(probe, start);
                    for (int c = 0; row[b] && c < SIZE; c++) {
                        start.setLength(2);
                        start.append(ALPHABET.charAt(c));
                        row[SIZE + b * SIZE + c] = mayStart(probe, start);
                    }
                }
                rows.compareAndSet(a, null, row);
                row = rows.get(a);
            }
            return row;
        }

        /** Whether a match can start with these characters: it matches, or it needs to read more. */
        private static boolean mayStart(Matcher probe, CharSequence start) {
            probe.reset(start);
            return probe.lookingAt() || probe.hitEnd();
        }

        /**
         * Whether a match may start at a word of {@code length} characters whose first three have the
         * {@link #letter} codes {@code a}, {@code b} and {@code c}.
         */
        boolean mayStart(int a, int b, int c, int length) {
            if (one == null || a < 0) {
                return true;
            }
            if (!one[a] || length == 1) {
                return one[a];
            }
            if (b < 0) {
                return true;
            }
            boolean[] row = row(a);
            if (!row[b] || length == 2) {
                return row[b];
            }
            return c < 0 || row[SIZE + b * SIZE + c];
        }

    }

    /** The index of an ASCII letter (either case) or digit in {@link #ALPHABET}, else -1. */
    private static int letter(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return -1;
    }
}
