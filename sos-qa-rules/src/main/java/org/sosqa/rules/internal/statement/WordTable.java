package org.sosqa.rules.internal.statement;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every word a lexicon knows, numbered: a text's words are looked up here once, straight from their
 * characters, so that the matchers compare numbers rather than making and hashing a string per word
 * (which was most of the cost of an analysis). A word the table lacks has no number ({@code -1}): no
 * list of the lexicon can match it. Immutable once built.
 *
 * <p>Open addressing over a power-of-two table of at least twice as many slots as words, with the
 * hash of {@link #hash}, which the tokenizer works out as it reads a word. Each slot holds the word's
 * hash and number and, for a word of at most eight characters none beyond U+00FF (most words), the
 * characters themselves packed into a {@code long} ({@link #pack}), which the tokenizer also works out
 * as it reads: such a word is found or refused by reading its one slot. Longer words are compared with
 * their characters, kept end to end in one array. A line profile of the tokenizer put most of a
 * look-up's time on that comparison with the pool; a short word now reads only its slot.
 */
final class WordTable {

    private final String[] words;
    /**
     * Per slot {@code s}: at {@code 2s} its word {@link #pack packed}, or 0 for a word that cannot be;
     * at {@code 2s + 1} the word's hash in the high half and its number + 1 in the low half, or 0 for an
     * empty slot.
     */
    private final long[] slots;
    private final int mask;
    /** Every word's characters, end to end: word {@code id} is {@code pool[at[id], at[id] + length[id])}. */
    private final char[] pool;
    private final int[] at;
    private final int[] length;

    /** A table of {@code words}, numbered in iteration order, repeats dropped. */
    WordTable(Collection<String> words) {
        Set<String> distinct = new LinkedHashSet<>(words);
        this.words = distinct.toArray(new String[0]);
        int capacity = Integer.highestOneBit(Math.max(4, this.words.length * 2 + 1)) << 1;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        this.at = new int[this.words.length];
        this.length = new int[this.words.length];
        int chars = 0;
        for (String word : this.words) {
            chars += word.length();
        }
        this.pool = new char[chars];
        int next = 0;
        for (int id = 0; id < this.words.length; id++) {
            String word = this.words[id];
            word.getChars(0, word.length(), pool, next);
            at[id] = next;
            length[id] = word.length();
            next += word.length();
            int h = hash(word);
            int slot = mix(h) & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = pack(pool, at[id], length[id]);
            slots[2 * slot + 1] = (long) h << 32 | (id + 1);
        }
    }

    /** How many words the table holds; numbers run from 0 to one less. */
    int size() {
        return words.length;
    }

    /** The word numbered {@code id}. */
    String word(int id) {
        return words[id];
    }

    /** The hash of a word, as {@link #hashStep} makes it character by character. */
    static int hash(CharSequence word) {
        int h = 0;
        for (int k = 0; k < word.length(); k++) {
            h = hashStep(h, word.charAt(k));
        }
        return h;
    }

    /** The hash of the word in {@code chars[0, length)}. */
    static int hash(char[] chars, int length) {
        int h = 0;
        for (int k = 0; k < length; k++) {
            h = hashStep(h, chars[k]);
        }
        return h;
    }

    /** The hash of a word after its next character. */
    static int hashStep(int h, char c) {
        return 31 * h + c;
    }

    /**
     * A word of one to eight characters, each from U+0001 to U+00FF, as one number: its characters'
     * values, eight bits each, the last character lowest. No two such words share a number, and none is
     * 0, which stands for every other word (longer, empty, or with a character beyond U+00FF).
     */
    static long pack(char[] chars, int from, int length) {
        if (length == 0 || length > 8) {
            return 0;
        }
        long packed = 0;
        for (int k = from; k < from + length; k++) {
            char c = chars[k];
            if (c == 0 || c > 0xFF) {
                return 0;
            }
            packed = packed << 8 | c;
        }
        return packed;
    }

    /** The number of the word in {@code chars[from, from + length)}, whose {@link #hash} is {@code h}; -1 if unknown. */
    int id(char[] chars, int from, int length, int h) {
        return id(chars, from, length, h, pack(chars, from, length));
    }

    /**
     * The number of the word in {@code chars[from, from + length)}, whose {@link #hash} is {@code h} and
     * whose {@link #pack} is {@code packed}; -1 if unknown.
     */
    int id(char[] chars, int from, int length, int h, long packed) {
        int slot = mix(h) & mask;
        while (true) {
            long entry = slots[2 * slot + 1];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == h) {
                int id = (int) entry - 1;
                // Equal packs are equal words; a packed word is never equal to a word that is not.
                if (packed != 0 ? slots[2 * slot] == packed : equal(id, chars, from, length)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The number of {@code word}; -1 if unknown. */
    int id(String word) {
        char[] chars = word.toCharArray();
        return id(chars, 0, chars.length, hash(word));
    }

    private boolean equal(int id, char[] chars, int from, int length) {
        if (this.length[id] != length) {
            return false;
        }
        int start = at[id];
        for (int k = 0; k < length; k++) {
            if (pool[start + k] != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** Spreads the low bits, which a hash of short words fills unevenly. */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    @Override
    public String toString() {
        return "WordTable" + Arrays.toString(words);
    }
}
