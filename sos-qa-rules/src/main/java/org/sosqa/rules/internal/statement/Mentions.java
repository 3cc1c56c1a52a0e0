package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the people a text refers to.
 *
 * <p>At each word the longest agency, caregiver, child or pronoun phrase wins (on a tie, in that
 * order). A word that no phrase list covers is a name when it is capitalised, has a lower-case letter,
 * has at least two letters and is not in {@code not-names.txt}; adjacent names join ("Pat Smith").
 * Then a caregiver, agency or child word followed by a name is one person ("Grandma Pat", "social
 * worker Jo", "baby Leo"), and a possessive followed by such a word is that person ("Amy's dad" and
 * "her dad" are caregivers, "Amy's teacher" an agency). The name test does not depend on where a word
 * stands in its sentence, so a part of a text cut out at word boundaries gets the same people.
 */
final class Mentions {

    /** The roles of the phrase lists, in the order of the categories passed to {@link #find}. */
    private static final Mention.Role[] LIST_ROLES = {Mention.Role.AGENCY, Mention.Role.CAREGIVER,
        Mention.Role.CHILD, Mention.Role.PRONOUN, Mention.Role.OBJECT_PRONOUN};

    /**
     * Roles found by a noun: they take a following name as a title does ("Grandma Pat", "social worker
     * Jo", "baby Leo"), and a possessive before them joins them ("Amy's dad", "her teacher").
     */
    private static final Set<Mention.Role> NOUNS =
            EnumSet.of(Mention.Role.CAREGIVER, Mention.Role.AGENCY, Mention.Role.CHILD);

    private Mentions() {
    }

    /**
     * The people in a text, in order, not overlapping.
     *
     * @param roleCategories the phrase categories of agency, caregiver and child words, subject and
     *     object pronouns, in that order
     */
    static List<Mention> find(Tokens tokens, PhraseMatches matches, int[] roleCategories) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size) {
            int r = matches.longestOf(roleCategories, i);
            Mention next;
            if (r >= 0) {
                Match best = matches.at(roleCategories[r], i);
                next = new Mention(LIST_ROLES[r], best.first(), best.last(), best.start(), best.end());
            } else if (isName(tokens, matches, i)) {
                int last = i + 1;
                while (last < tokens.size && tokens.gapId[last] == Vocabulary.SPACE && !tokens.possessive(last - 1)
                        && isName(tokens, matches, last)) {
                    last++;
                }
                next = new Mention(Mention.Role.NAME, i, last, tokens.start[i], tokens.baseEnd[last - 1]);
            } else {
                i++;
                continue;
            }
            add(found, next, tokens);
            i = next.last();
        }
        return found;
    }

    private static void add(List<Mention> found, Mention next, Tokens tokens) {
        if (!found.isEmpty()) {
            Mention previous = found.get(found.size() - 1);
            if (previous.last() == next.first() && tokens.gapId[next.first()] == Vocabulary.SPACE) {
                boolean possessive = tokens.possessive(previous.last() - 1);
                boolean titled = NOUNS.contains(previous.role()) && next.role() == Mention.Role.NAME && !possessive;
                boolean owned = (possessive || previous.role() == Mention.Role.OBJECT_PRONOUN)
                        && NOUNS.contains(next.role());
                if (titled || owned) {
                    Mention.Role role = titled ? previous.role() : next.role();
                    found.set(found.size() - 1,
                            new Mention(role, previous.first(), next.last(), previous.start(), next.end()));
                    return;
                }
            }
        }
        found.add(next);
    }

    private static boolean isName(Tokens tokens, PhraseMatches matches, int i) {
        return tokens.baseLength(i) >= 2
                && tokens.capitalised(i)
                && !tokens.vocabulary.notName(tokens.baseId[i])
                && !matches.covered(i);
    }
}
