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
 * hash of {@link #hash}, which the tokenizer works out as it reads a word.
 */
final class WordTable {

    private final String[] words;
    private final int[] hashes;
    /** Word number + 1 per slot, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;

    /** A table of {@code words}, numbered in iteration order, repeats dropped. */
    WordTable(Collection<String> words) {
        Set<String> distinct = new LinkedHashSet<>(words);
        this.words = distinct.toArray(new String[0]);
        int capacity = Integer.highestOneBit(Math.max(4, this.words.length * 2 + 1)) << 1;
        this.slots = new int[capacity];
        this.hashes = new int[this.words.length];
        this.mask = capacity - 1;
        for (int id = 0; id < this.words.length; id++) {
            String word = this.words[id];
            int h = hash(word);
            hashes[id] = h;
            int slot = mix(h) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
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
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            int id = entry - 1;
            if (hashes[id] == h && equal(words[id], chars, from, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The number of {@code word}; -1 if unknown. */
    int id(String word) {
        char[] chars = word.toCharArray();
        return id(chars, 0, chars.length, hash(word));
    }

    private static boolean equal(String word, char[] chars, int from, int length) {
        if (word.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (word.charAt(k) != chars[from + k]) {
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
