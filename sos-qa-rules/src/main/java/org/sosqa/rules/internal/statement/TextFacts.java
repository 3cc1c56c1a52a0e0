package org.sosqa.rules.internal.statement;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One text's words, phrase matches and people, and the questions the feature detectors ask of them.
 * Every question costs a look-up or a binary search, so that a long text stays linear to analyse.
 */
final class TextFacts {

    static final Set<Mention.Role> CHILD_ROLES = EnumSet.of(Mention.Role.CHILD, Mention.Role.NAME);

    final Tokens tokens;
    final PhraseMatches matches;
    final List<Mention> mentions;
    private final int[] categoryOf;
    private final Map<LexiconList, int[]> coverCounts = new EnumMap<>(LexiconList.class);
    /** For each mention, the index of the nearest child or name mention at or before it, or -1. */
    private int[] childAtOrBefore;

    TextFacts(Tokens tokens, PhraseMatches matches, List<Mention> mentions, int[] categoryOf) {
        this.tokens = tokens;
        this.matches = matches;
        this.mentions = mentions;
        this.categoryOf = categoryOf;
    }

    /** Leftmost-longest matches of a phrase list, in text order. */
    List<Match> all(LexiconList list) {
        return matches.all(categoryOf[list.ordinal()]);
    }

    /** The first match of a phrase list, or null. */
    Match first(LexiconList list) {
        List<Match> all = all(list);
        return all.isEmpty() ? null : all.get(0);
    }

    boolean sameSentence(int word, int otherWord) {
        return tokens.sentence[word] == tokens.sentence[otherWord];
    }

    /** Whether a match of {@code list} overlaps words {@code first} to {@code last} (exclusive). */
    boolean overlaps(LexiconList list, int first, int last) {
        int[] counts = coverCounts.computeIfAbsent(list, this::cumulativeCover);
        return counts[last] - counts[first] > 0;
    }

    /** {@code counts[i]}: how many of words 0 to i-1 a match of {@code list} covers. */
    private int[] cumulativeCover(LexiconList list) {
        int[] counts = new int[tokens.size + 1];
        int next = 0;
        for (Match m : all(list)) {
            for (int w = next; w < m.first(); w++) {
                counts[w + 1] = counts[w];
            }
            for (int w = m.first(); w < m.last(); w++) {
                counts[w + 1] = counts[w] + 1;
            }
            next = m.last();
        }
        for (int w = next; w < tokens.size; w++) {
            counts[w + 1] = counts[w];
        }
        return counts;
    }

    /** Whether a match of {@code list} starts at word {@code word}. */
    boolean startsAt(LexiconList list, int word) {
        return matches.at(categoryOf[list.ordinal()], word) != null;
    }

    /** The index of the last mention that ends at or before word {@code word}, or -1. */
    int lastMentionEndingBy(int word) {
        int low = 0;
        int high = mentions.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).last() <= word) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /**
     * The person mentioned last before word {@code word}, in its sentence, with at most {@code window}
     * words between; null if there is none.
     */
    Mention nearestBefore(int word, int window) {
        int k = lastMentionEndingBy(word);
        if (k < 0) {
            return null;
        }
        Mention m = mentions.get(k);
        return word - m.last() <= window && sameSentence(m.first(), word) ? m : null;
    }

    /** Like {@link #nearestBefore(int, int)} but passing over people whose role is not in {@code roles}. */
    int nearestBefore(int word, int window, Set<Mention.Role> roles) {
        for (int k = lastMentionEndingBy(word); k >= 0; k--) {
            Mention m = mentions.get(k);
            if (word - m.last() > window || !sameSentence(m.first(), word)) {
                return -1;
            }
            if (roles.contains(m.role())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A child near words {@code first} to {@code last} (exclusive) in the same sentence: the nearest
     * child word or name within {@code window} words, else a pronoun within the window together with the
     * child or name it refers back to (the nearest one before it, anywhere earlier in the text). Null if
     * there is none.
     */
    Span childNear(int first, int last, int window) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int pronoun = -1;
        int pronounDistance = Integer.MAX_VALUE;
        for (int k = Math.max(0, lastMentionEndingBy(Math.max(0, first - window))); k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.first() > last + window) {
                break;
            }
            if (!sameSentence(m.first(), first)) {
                continue;
            }
            int distance = m.last() <= first ? first - m.last() : m.first() >= last ? m.first() - last : 0;
            if (distance > window) {
                continue;
            }
            if (CHILD_ROLES.contains(m.role()) && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            } else if ((m.role() == Mention.Role.PRONOUN || m.role() == Mention.Role.OBJECT_PRONOUN)
                    && distance < pronounDistance && antecedent(k) >= 0) {
                pronoun = k;
                pronounDistance = distance;
            }
        }
        if (best != null) {
            return best.span();
        }
        return pronoun < 0 ? null : mentions.get(antecedent(pronoun)).span().union(mentions.get(pronoun).span());
    }

    /** The index of the nearest child or name mentioned before mention {@code k}, or -1. */
    private int antecedent(int k) {
        if (childAtOrBefore == null) {
            childAtOrBefore = new int[mentions.size()];
            int last = -1;
            for (int i = 0; i < mentions.size(); i++) {
                if (CHILD_ROLES.contains(mentions.get(i).role())) {
                    last = i;
                }
                childAtOrBefore[i] = last;
            }
        }
        return k == 0 ? -1 : childAtOrBefore[k - 1];
    }
}
