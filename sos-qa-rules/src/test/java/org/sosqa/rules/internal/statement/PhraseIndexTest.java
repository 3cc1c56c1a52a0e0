package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word trie finds, for every list and word, what trying every phrase of the list at every word
 * finds: the longest phrase, its words matched by form or, with a possessive dropped, by base; on a tie
 * the one whose last word matched by form; an acronym-only phrase only over text without lower-case
 * letters. The reference below is written from that description, phrase by phrase, without the trie;
 * from it, the leftmost-longest matches of each list, the longest of several lists at each word, and the
 * words inside any phrase.
 */
class PhraseIndexTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 55, 555, 5555, 55555})
    void theTrieFindsWhatTryingEveryPhraseFinds(long seed) {
        Lexicon lexicon = Lexicon.english();
        List<List<Phrase>> lists = new ArrayList<>();
        // The people's lists, as Mentions asks for them, in a mixed order, with one list that is not.
        List<LexiconList> people = List.of(LexiconList.CHILD_WORDS, LexiconList.AGENCY_WORDS,
                LexiconList.PERSON_PRONOUNS, LexiconList.HARM_WORDS, LexiconList.CAREGIVER_WORDS);
        int[] roles = new int[people.size()];
        for (LexiconList list : LexiconList.values()) {
            if (list.type() == LexiconList.Type.PHRASES) {
                if (people.contains(list)) {
                    roles[people.indexOf(list)] = lists.size();
                }
                lists.add(lexicon.phrases(list));
            }
        }
        Vocabulary vocabulary = Vocabulary.of(lexicon);
        PhraseIndex index = new PhraseIndex(lists, vocabulary);
        StatementGenerator generator = new StatementGenerator(seed);
        for (int t = 0; t < 300; t++) {
            String text = generator.next();
            Tokens tokens = Tokens.of(text, vocabulary);
            PhraseMatches matches = index.match(tokens);
            int[] reach = new int[tokens.size];
            for (int c = 0; c < lists.size(); c++) {
                List<Match> leftmost = new ArrayList<>();
                for (int i = 0; i < tokens.size; i++) {
                    Match expected = longest(lists.get(c), tokens, i);
                    assertEquals(expected, matches.at(c, i), "list " + c + ", word " + i + ", seed " + seed + ": " + text);
                    if (expected != null) {
                        reach[i] = Math.max(reach[i], expected.last());
                        if (leftmost.isEmpty() || leftmost.get(leftmost.size() - 1).last() <= i) {
                            leftmost.add(expected);
                        }
                    }
                }
                assertEquals(leftmost, matches.all(c), "list " + c + ", seed " + seed + ": " + text);
            }
            for (int i = 0; i < tokens.size; i++) {
                int longest = -1;
                for (int r = 0; r < roles.length; r++) {
                    Match m = matches.at(roles[r], i);
                    if (m != null && (longest < 0 || m.last() > matches.at(roles[longest], i).last())) {
                        longest = r;
                    }
                }
                assertEquals(longest, matches.longestOf(roles, i), "longest of, word " + i + ", seed " + seed + ": " + text);
            }
            for (int i = 0; i < tokens.size; i++) {
                boolean inside = false;
                for (int w = 0; w <= i; w++) {
                    inside |= reach[w] > i;
                }
                assertEquals(inside, matches.covered(i), "word " + i + ", seed " + seed + ": " + text);
            }
        }
    }

    /** The longest phrase of {@code phrases} at word {@code first}, preferring a last word matched by form. */
    private static Match longest(List<Phrase> phrases, Tokens tokens, int first) {
        Match best = null;
        boolean bestByForm = false;
        for (Phrase phrase : phrases) {
            List<String> keys = phrase.keys();
            int last = first + keys.size();
            if (last > tokens.size) {
                continue;
            }
            boolean byForm = true;
            boolean fits = true;
            for (int k = 0; k < keys.size() && fits; k++) {
                int w = first + k;
                String form = k == 0 ? tokens.form(w) : tokens.gap(w) + tokens.form(w);
                String base = k == 0 ? tokens.base(w) : tokens.gap(w) + tokens.base(w);
                byForm = keys.get(k).equals(form);
                fits = byForm || keys.get(k).equals(base);
            }
            if (!fits) {
                continue;
            }
            int end = byForm ? tokens.end[last - 1] : tokens.baseEnd[last - 1];
            if (phrase.capitalsOnly() && !tokens.text.substring(tokens.start[first], end).chars()
                    .noneMatch(Character::isLowerCase)) {
                continue;
            }
            if (best == null || last > best.last() || (last == best.last() && byForm && !bestByForm)) {
                best = new Match(first, last, tokens.start[first], end);
                bestByForm = byForm;
            }
        }
        return best;
    }
}
