package org.sosqa.rules.internal.statement;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One text's words, phrase matches and people, and the questions the feature detectors ask of them. */
final class TextFacts {

    static final Set<Mention.Role> CHILD_ROLES = EnumSet.of(Mention.Role.CHILD, Mention.Role.NAME);

    final Tokens tokens;
    final PhraseMatches matches;
    final List<Mention> mentions;
    private final int[] categoryOf;

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
        for (Match m : all(list)) {
            if (m.first() < last && m.last() > first) {
                return true;
            }
            if (m.first() >= last) {
                return false;
            }
        }
        return false;
    }

    /** Whether a match of {@code list} starts at word {@code word}. */
    boolean startsAt(LexiconList list, int word) {
        return matches.at(categoryOf[list.ordinal()], word) != null;
    }

    /**
     * The person mentioned last before word {@code word}, in its sentence, with at most {@code window}
     * words between; null if there is none.
     */
    Mention nearestBefore(int word, int window) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.last() > word) {
                continue;
            }
            return word - m.last() <= window && sameSentence(m.first(), word) ? m : null;
        }
        return null;
    }

    /** Like {@link #nearestBefore(int, int)} but passing over people whose role is not in {@code roles}. */
    int nearestBefore(int word, int window, Set<Mention.Role> roles) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.last() > word) {
                continue;
            }
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
        Mention pronoun = null;
        int pronounDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
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
                    && distance < pronounDistance && antecedent(m) != null) {
                pronoun = m;
                pronounDistance = distance;
            }
        }
        if (best != null) {
            return best.span();
        }
        return pronoun == null ? null : antecedent(pronoun).span().union(pronoun.span());
    }

    private Mention antecedent(Mention pronoun) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.last() > pronoun.first()) {
                break;
            }
            if (CHILD_ROLES.contains(m.role())) {
                found = m;
            }
        }
        return found;
    }
}
