package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.List;

/** For one text: the longest phrase of each category starting at each word. */
final class PhraseMatches {

    private final Tokens tokens;
    private final int categoryCount;
    /** {@code ((end word, exclusive) << 1) | endsWithoutPossessive}, or 0 for none; indexed {@code category * n + word}. */
    private final int[] ends;
    private final boolean any;
    private final List<List<Match>> cache;
    private boolean[] covered;

    PhraseMatches(Tokens tokens, int categoryCount, int[] ends, boolean any) {
        this.tokens = tokens;
        this.categoryCount = categoryCount;
        this.ends = ends;
        this.any = any;
        this.cache = new ArrayList<>(categoryCount);
        for (int c = 0; c < categoryCount; c++) {
            cache.add(null);
        }
    }

    /** The longest phrase of {@code category} starting at word {@code i}, or null. */
    Match at(int category, int i) {
        int e = ends[category * tokens.size + i];
        return e == 0 ? null : match(i, e);
    }

    /** Leftmost-longest, non-overlapping matches of a category, in text order. */
    List<Match> all(int category) {
        List<Match> cached = cache.get(category);
        if (cached != null) {
            return cached;
        }
        List<Match> result = List.of();
        if (any) {
            int n = tokens.size;
            int offset = category * n;
            for (int i = 0; i < n; i++) {
                int e = ends[offset + i];
                if (e != 0) {
                    if (result.isEmpty()) {
                        result = new ArrayList<>(4);
                    }
                    Match m = match(i, e);
                    result.add(m);
                    i = m.last() - 1;
                }
            }
        }
        cache.set(category, result);
        return result;
    }

    /** Whether word {@code i} is inside some phrase of any category. */
    boolean covered(int i) {
        if (!any) {
            return false;
        }
        if (covered == null) {
            // The furthest end of a phrase starting at each word, then one sweep: filling each phrase's
            // words in turn cost as much as all the phrases' lengths added up.
            int n = tokens.size;
            int[] reach = new int[n];
            for (int offset = 0; offset < ends.length; offset += n) {
                for (int first = 0; first < n; first++) {
                    int e = ends[offset + first] >> 1;
                    if (e > reach[first]) {
                        reach[first] = e;
                    }
                }
            }
            boolean[] marks = new boolean[n];
            int until = 0;
            for (int w = 0; w < n; w++) {
                until = Math.max(until, reach[w]);
                marks[w] = w < until;
            }
            covered = marks;
        }
        return covered[i];
    }

    private Match match(int first, int encoded) {
        int last = encoded >> 1;
        boolean viaBase = (encoded & 1) == 1;
        int end = viaBase ? tokens.baseEnd[last - 1] : tokens.end[last - 1];
        return new Match(first, last, tokens.start[first], end);
    }
}
