package org.sosqa.rules.internal.statement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All phrase lists of a lexicon in one word trie, so that one walk over a text finds, for every list
 * and every word, the longest phrase of that list starting there. Immutable once built.
 */
final class PhraseIndex {

    private static final class Node {
        /**
         * The next words by form, when joined to this one by one space (gap class {@code " "}): nearly
         * every continuation, looked up without making the word's link key.
         */
        final Map<String, Node> spaced = new HashMap<>(4);
        /** The next words by link key (gap class and form), when joined otherwise ("S.17"). */
        final Map<String, Node> children = new HashMap<>(4);
        /** Bit {@code c} is set when a phrase of category {@code c} ends here. */
        long categories;
        /** Bit {@code c} is set when every phrase of category {@code c} ending here matches only capitals. */
        long capitalsOnly;
    }

    private final Node root = new Node();
    private final int categoryCount;

    /** One category per entry of {@code lists}, numbered by position. */
    PhraseIndex(List<List<Phrase>> lists) {
        if (lists.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 phrase lists");
        }
        this.categoryCount = lists.size();
        for (int c = 0; c < lists.size(); c++) {
            for (Phrase phrase : lists.get(c)) {
                Node node = root;
                List<String> keys = phrase.keys();
                for (int k = 0; k < keys.size(); k++) {
                    String key = keys.get(k);
                    // A key after the first starts with a space only when its gap class is " ".
                    node = k > 0 && key.startsWith(Tokens.SPACE)
                            ? node.spaced.computeIfAbsent(key.substring(1), x -> new Node())
                            : node.children.computeIfAbsent(key, x -> new Node());
                }
                long bit = 1L << c;
                if (!phrase.capitalsOnly()) {
                    node.capitalsOnly &= ~bit;
                } else if ((node.categories & bit) == 0) {
                    node.capitalsOnly |= bit;
                }
                node.categories |= bit;
            }
        }
    }

    /** The longest phrase of each category starting at each word of {@code tokens}. */
    PhraseMatches match(Tokens tokens) {
        int n = tokens.size;
        int[] ends = new int[categoryCount * n];
        Arrays.fill(ends, -1);
        long any = 0;
        for (int i = 0; i < n; i++) {
            any |= walk(tokens, root.children.get(tokens.form[i]), i, i, false, ends, n);
            if (!tokens.base[i].equals(tokens.form[i])) {
                any |= walk(tokens, root.children.get(tokens.base[i]), i, i, true, ends, n);
            }
        }
        return new PhraseMatches(tokens, categoryCount, ends, any != 0);
    }

    /**
     * Records the phrases ending at {@code node} (reached by word {@code at}) and goes on to the next
     * word. An exact match wins over one that needed the possessive dropped, at the same length.
     */
    private static long walk(Tokens tokens, Node node, int first, int at, boolean viaBase, int[] ends, int n) {
        if (node == null) {
            return 0;
        }
        long bits = node.categories;
        if ((bits & node.capitalsOnly) != 0 && !inCapitals(tokens, first, at, viaBase)) {
            bits &= ~node.capitalsOnly;
        }
        long found = bits;
        int encoded = ((at + 1) << 1) | (viaBase ? 1 : 0);
        while (bits != 0) {
            int c = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            int slot = c * n + first;
            int previous = ends[slot];
            if (previous < 0 || (previous >> 1) < at + 1 || ((previous >> 1) == at + 1 && (previous & 1) == 1)) {
                ends[slot] = encoded;
            }
        }
        int next = at + 1;
        if (next >= n) {
            return found;
        }
        boolean possessive = !tokens.base[next].equals(tokens.form[next]);
        if (Tokens.SPACE.equals(tokens.gap[next])) {
            if (!node.spaced.isEmpty()) {
                found |= walk(tokens, node.spaced.get(tokens.form[next]), first, next, false, ends, n);
                if (possessive) {
                    found |= walk(tokens, node.spaced.get(tokens.base[next]), first, next, true, ends, n);
                }
            }
        } else if (!node.children.isEmpty()) {
            found |= walk(tokens, node.children.get(tokens.link(next)), first, next, false, ends, n);
            if (possessive) {
                found |= walk(tokens, node.children.get(tokens.baseLink(next)), first, next, true, ends, n);
            }
        }
        return found;
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
