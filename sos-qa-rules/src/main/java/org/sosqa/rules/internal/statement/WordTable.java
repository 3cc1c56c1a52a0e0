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
 * hash beside its number, and the words' characters are kept end to end in one array, so that a
 * look-up reads two arrays rather than following a string (and its byte array) per word it compares.
 */
final class WordTable {

    private final String[] words;
    /** Per slot {@code s}: at {@code 2s} the hash of its word, at {@code 2s + 1} its number + 1, or 0 for an empty slot. */
    private final int[] slots;
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
        this.slots = new int[2 * capacity];
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
            slots[2 * slot] = h;
            slots[2 * slot + 1] = id + 1;
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

    /** The number of the word in {@code chars[from, from + length)}, whose {@link #hash} is {@code h}; -1 if unknown. */
    int id(char[] chars, int from, int length, int h) {
        int slot = mix(h) & mask;
        while (true) {
            int entry = slots[2 * slot + 1];
            if (entry == 0) {
                return -1;
            }
            if (slots[2 * slot] == h && equal(entry - 1, chars, from, length)) {
                return entry - 1;
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
