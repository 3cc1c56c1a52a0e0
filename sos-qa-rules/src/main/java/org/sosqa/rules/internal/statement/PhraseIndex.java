package org.sosqa.rules.internal.statement;

import java.util.Arrays;
import java.util.List;

/**
 * All phrase lists of a lexicon in one word trie, so that one walk over a text finds, for every list
 * and every word, the longest phrase of that list starting there. Immutable once built.
 *
 * <p>The trie is kept as numbers: its nodes are numbered, a phrase's first word leads from the root by
 * the word's number in the {@link Vocabulary} (an array look-up), and every later step by the node,
 * the gap class and the word, in one open-addressed table of all the trie's edges. So a text word
 * costs a few array reads, and a word the lexicon does not know (number -1) none.
 */
final class PhraseIndex {

    private static final int ROOT = 0;
    private static final int WORD_BITS = 20;

    private final Vocabulary vocabulary;
    /** The node a first word leads to, by its number; 0 (the root) for none. */
    private final int[] first;
    /** Per node: bit {@code c} set when a phrase of category {@code c} ends there. */
    private long[] categories = new long[64];
    /** Per node: bit {@code c} set when every phrase of category {@code c} ending there matches only capitals. */
    private long[] capitalsOnly = new long[64];
    /** Per node: whether any phrase goes on from it. */
    private boolean[] continues = new boolean[64];
    private int nodes = 1;
    /** The edges after the first word: keys {@link #key} (0 for an empty slot) and the nodes they lead to. */
    private long[] edgeKeys = new long[64];
    private int[] edgeNodes = new int[64];
    private int edges;

    /**
     * One category per entry of {@code lists}, numbered by position.
     *
     * @param vocabulary numbers every word and gap class of the phrases
     */
    PhraseIndex(List<List<Phrase>> lists, Vocabulary vocabulary) {
        if (lists.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 phrase lists");
        }
        if (vocabulary.table.size() >= 1 << WORD_BITS) {
            throw new IllegalArgumentException("at most " + (1 << WORD_BITS) + " distinct words and gap classes");
        }
        this.vocabulary = vocabulary;
        this.first = new int[vocabulary.table.size()];
        for (int c = 0; c < lists.size(); c++) {
            for (Phrase phrase : lists.get(c)) {
                List<String> keys = phrase.keys();
                int node = ROOT;
                for (int k = 0; k < keys.size(); k++) {
                    String key = keys.get(k);
                    if (k == 0) {
                        int word = known(vocabulary.table.id(key), phrase);
                        if (first[word] == ROOT) {
                            first[word] = newNode();
                        }
                        node = first[word];
                    } else {
                        continues[node] = true;
                        long edge = key(node, known(vocabulary.gapOf(key), phrase), known(vocabulary.wordOf(key), phrase));
                        int next = edge(edge);
                        if (next == ROOT) {
                            next = newNode();
                            putEdge(edge, next);
                        }
                        node = next;
                    }
                }
                long bit = 1L << c;
                if (!phrase.capitalsOnly()) {
                    capitalsOnly[node] &= ~bit;
                } else if ((categories[node] & bit) == 0) {
                    capitalsOnly[node] |= bit;
                }
                categories[node] |= bit;
            }
        }
    }

    private static int known(int id, Phrase phrase) {
        if (id < 0) {
            throw new IllegalArgumentException("the vocabulary lacks a word of " + phrase.source());
        }
        return id;
    }

    private int newNode() {
        if (nodes == categories.length) {
            categories = Arrays.copyOf(categories, nodes * 2);
            capitalsOnly = Arrays.copyOf(capitalsOnly, nodes * 2);
            continues = Arrays.copyOf(continues, nodes * 2);
        }
        return nodes++;
    }

    /** The key of the edge from {@code node} by a word joined by gap class {@code gap}; never 0. */
    private static long key(int node, int gap, int word) {
        return ((long) node << (2 * WORD_BITS)) | ((long) gap << WORD_BITS) | word;
    }

    /** The node an edge leads to; the root for none. */
    private int edge(long key) {
        int mask = edgeKeys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeNodes[slot];
            }
            if (k == 0) {
                return ROOT;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void putEdge(long key, int node) {
        if ((edges + 1) * 2 > edgeKeys.length) {
            long[] oldKeys = edgeKeys;
            int[] oldNodes = edgeNodes;
            edgeKeys = new long[oldKeys.length * 2];
            edgeNodes = new int[oldKeys.length * 2];
            edges = 0;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != 0) {
                    putEdge(oldKeys[s], oldNodes[s]);
                }
            }
        }
        int mask = edgeKeys.length - 1;
        int slot = mix(key) & mask;
        while (edgeKeys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeNodes[slot] = node;
        edges++;
    }

    private static int mix(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32));
    }

    /** The longest phrase of each category starting at each word of {@code tokens}. */
    PhraseMatches match(Tokens tokens) {
        if (tokens.vocabulary != vocabulary) {
            throw new IllegalArgumentException("the text was cut into words with another vocabulary");
        }
        int n = tokens.size;
        PhraseMatches matches = new PhraseMatches(tokens);
        for (int i = 0; i < n; i++) {
            int form = tokens.formId[i];
            boolean byForm = form >= 0 && first[form] != ROOT;
            int base = tokens.baseId[i];
            boolean byBase = tokens.possessive(i) && base >= 0 && first[base] != ROOT;
            if (byForm || byBase) {
                matches.startWord(i);
                if (byForm) {
                    walk(tokens, first[form], i, i, false, matches);
                }
                if (byBase) {
                    walk(tokens, first[base], i, i, true, matches);
                }
            }
        }
        matches.finish();
        return matches;
    }

    /**
     * Records the phrases ending at {@code node} (reached by word {@code at}) and goes on to the next
     * word. An exact match wins over one that needed the possessive dropped, at the same length.
     */
    private void walk(Tokens tokens, int node, int firstWord, int at, boolean viaBase, PhraseMatches matches) {
        long bits = categories[node];
        long capitals = capitalsOnly[node];
        if ((bits & capitals) != 0 && !inCapitals(tokens, firstWord, at, viaBase)) {
            bits &= ~capitals;
        }
        int encoded = ((at + 1) << 1) | (viaBase ? 1 : 0);
        while (bits != 0) {
            int c = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            matches.record(c, encoded);
        }
        int next = at + 1;
        if (next >= tokens.size || !continues[node]) {
            return;
        }
        int gap = tokens.gapId[next];
        if (gap < 0) {
            return;
        }
        int form = tokens.formId[next];
        if (form >= 0) {
            int child = edge(key(node, gap, form));
            if (child != ROOT) {
                walk(tokens, child, firstWord, next, false, matches);
            }
        }
        int base = tokens.baseId[next];
        if (tokens.possessive(next) && base >= 0) {
            int child = edge(key(node, gap, base));
            if (child != ROOT) {
                walk(tokens, child, firstWord, next, true, matches);
            }
        }
    }

    /** Whether words {@code first} to {@code at} (inclusive) have no lower-case letter. */
    private static boolean inCapitals(Tokens tokens, int first, int at, boolean viaBase) {
        int end = viaBase ? tokens.baseEnd[at] : tokens.end[at];
        for (int k = tokens.start[first]; k < end; k++) {
            if (Character.isLowerCase(tokens.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
