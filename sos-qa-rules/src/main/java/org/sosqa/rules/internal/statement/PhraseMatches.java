package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For one text: the longest phrase of each category starting at each word.
 *
 * <p>Kept sparse: only the matches found, as (category, end) entries grouped by their first word, with
 * each word's first entry in {@code from}. A text of 30 words has a few dozen matches at most, while
 * a table of every category at every word held some thousands of empty slots and was about half of
 * what an analysis allocated. So {@link #at} and {@link #longestOf} read the few entries of one word,
 * {@link #covered} walks the entries once, and {@link #all} sorts them by category the first time it is
 * asked, so that each list's matches are read from its own entries.
 */
final class PhraseMatches {

    private final Tokens tokens;
    /** Entries {@code from[i]} (inclusive) to {@code from[i + 1]} start at word {@code i}. */
    private final int[] from;
    /**
     * Pairs: the category, then {@code ((end word, exclusive) << 1) | endsWithoutPossessive}; at most
     * one pair per category and first word.
     */
    private int[] entries;
    private int count;
    /** The word whose entries are being recorded; entries before {@code from[word]} are done. */
    private int word = -1;
    /** Once {@link #all} is asked: per category, (first word, end) pairs in word order. */
    private int[] categoryFrom;
    private int[] grouped;
    private List<Match>[] byCategory;
    private boolean[] covered;

    /** Empty, ready for {@link #startWord} and {@link #record} in word order. */
    PhraseMatches(Tokens tokens) {
        this.tokens = tokens;
        this.from = new int[tokens.size + 1];
        this.entries = new int[16];
    }

    /** Starts recording the phrases that start at word {@code i}; words are started in order. */
    void startWord(int i) {
        for (int w = word + 1; w <= i; w++) {
            from[w] = count;
        }
        word = i;
    }

    /** Ends recording. */
    void finish() {
        for (int w = word + 1; w <= tokens.size; w++) {
            from[w] = count;
        }
        word = tokens.size;
    }

    /**
     * Records a phrase of {@code category} from the current word, ending as {@code encoded} says, unless
     * a longer one is recorded; at the same length, one ending by form wins over one that needed the
     * possessive dropped.
     */
    void record(int category, int encoded) {
        int begin = from[word];
        for (int k = begin; k < count; k += 2) {
            if (entries[k] == category) {
                int previous = entries[k + 1];
                if ((previous >> 1) < (encoded >> 1) || ((previous >> 1) == (encoded >> 1) && (previous & 1) == 1)) {
                    entries[k + 1] = encoded;
                }
                return;
            }
        }
        if (count + 2 > entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[count] = category;
        entries[count + 1] = encoded;
        count += 2;
    }

    /** The longest phrase of {@code category} starting at word {@code i}, or null. */
    Match at(int category, int i) {
        for (int k = from[i], to = from[i + 1]; k < to; k += 2) {
            if (entries[k] == category) {
                return match(i, entries[k + 1]);
            }
        }
        return null;
    }

    /**
     * Of the phrases of {@code categories} that start at word {@code i}, the longest: its index in
     * {@code categories} (the earliest on a tie), or -1 if none starts there. One pass over the word's
     * few entries, where asking {@link #at} for each category read them once a category.
     */
    int longestOf(int[] categories, int i) {
        int best = -1;
        int bestLast = -1;
        for (int k = from[i], to = from[i + 1]; k < to; k += 2) {
            int category = entries[k];
            for (int r = 0; r < categories.length; r++) {
                if (categories[r] == category) {
                    int last = entries[k + 1] >> 1;
                    if (last > bestLast || (last == bestLast && r < best)) {
                        best = r;
                        bestLast = last;
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** Leftmost-longest, non-overlapping matches of a category, in text order. */
    List<Match> all(int category) {
        if (count == 0) {
            return List.of();
        }
        if (byCategory == null) {
            groupByCategory();
        }
        if (category >= byCategory.length) {
            return List.of();
        }
        List<Match> cached = byCategory[category];
        if (cached != null) {
            return cached;
        }
        List<Match> result = List.of();
        int next = 0;
        for (int k = categoryFrom[category], to = categoryFrom[category + 1]; k < to; k += 2) {
            int first = grouped[k];
            if (first >= next) {
                if (result.isEmpty()) {
                    result = new ArrayList<>(4);
                }
                Match m = match(first, grouped[k + 1]);
                result.add(m);
                next = m.last();
            }
        }
        byCategory[category] = result;
        return result;
    }

    /**
     * Sorts the entries by category, keeping word order within each, in one counting pass: every list
     * then reads only its own entries. (Walking every word's entries once for each list asked was
     * about a tenth of an analysis.)
     */
    @SuppressWarnings("unchecked")
    private void groupByCategory() {
        int categories = 0;
        for (int k = 0; k < count; k += 2) {
            categories = Math.max(categories, entries[k] + 1);
        }
        int[] starts = new int[categories + 1];
        for (int k = 0; k < count; k += 2) {
            starts[entries[k] + 1] += 2;
        }
        for (int c = 0; c < categories; c++) {
            starts[c + 1] += starts[c];
        }
        int[] fill = Arrays.copyOf(starts, categories);
        int[] pairs = new int[count];
        int w = 0;
        for (int k = 0; k < count; k += 2) {
            while (from[w + 1] <= k) {
                w++;
            }
            int at = fill[entries[k]];
            pairs[at] = w;
            pairs[at + 1] = entries[k + 1];
            fill[entries[k]] = at + 2;
        }
        categoryFrom = starts;
        grouped = pairs;
        byCategory = new List[categories];
    }

    /** Whether word {@code i} is inside some phrase of any category. */
    boolean covered(int i) {
        if (count == 0) {
            return false;
        }
        if (covered == null) {
            // One sweep: the furthest end of the phrases started so far. Filling each phrase's words in
            // turn cost as much as all the phrases' lengths added up.
            int n = tokens.size;
            boolean[] marks = new boolean[n];
            int until = 0;
            for (int w = 0; w < n; w++) {
                for (int k = from[w], to = from[w + 1]; k < to; k += 2) {
                    until = Math.max(until, entries[k + 1] >> 1);
                }
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
