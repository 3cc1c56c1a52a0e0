package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds information attributed to a family member, child or pronoun by the templates of
 * {@code dfv-attribution.txt} ("@person told", "according to @person"). Templates are indexed by the
 * word next to the person, so each person costs an array look-up, not a pass over every template;
 * their words are compared by their numbers in the {@link Vocabulary}.
 */
final class Attributions {

    private final Vocabulary vocabulary;
    /** Template numbers (lexicon order) by the number of the word after, or else before, the person. */
    private final int[][] byAnchor;
    private final List<Fit> templates;

    /** A template's words as numbers: the word of each key, and the gap class before it (-1 for the first). */
    private record Fit(boolean possessive, int personGap, int[] beforeGaps, int[] beforeWords, int[] afterGaps,
                       int[] afterWords) {
    }

    Attributions(List<Template> templates, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<List<Integer>> anchored = new ArrayList<>();
        for (int w = 0; w < vocabulary.table.size(); w++) {
            anchored.add(null);
        }
        List<Fit> fits = new ArrayList<>(templates.size());
        for (int t = 0; t < templates.size(); t++) {
            Template template = templates.get(t);
            int anchor = vocabulary.table.id(template.anchor());
            if (anchored.get(anchor) == null) {
                anchored.set(anchor, new ArrayList<>());
            }
            anchored.get(anchor).add(t);
            int before = template.before().size();
            int after = template.after().size();
            int[] beforeGaps = new int[before];
            int[] beforeWords = new int[before];
            for (int j = 0; j < before; j++) {
                String key = template.before().get(j);
                beforeGaps[j] = j == 0 ? -1 : vocabulary.gapOf(key);
                beforeWords[j] = j == 0 ? vocabulary.table.id(key) : vocabulary.wordOf(key);
            }
            int[] afterGaps = new int[after];
            int[] afterWords = new int[after];
            for (int j = 0; j < after; j++) {
                String key = template.after().get(j);
                afterGaps[j] = vocabulary.gapOf(key);
                afterWords[j] = vocabulary.wordOf(key);
            }
            int personGap = before == 0 ? -1 : vocabulary.table.id(template.personGap());
            fits.add(new Fit(template.possessive(), personGap, beforeGaps, beforeWords, afterGaps, afterWords));
        }
        this.byAnchor = new int[anchored.size()][];
        for (int w = 0; w < anchored.size(); w++) {
            List<Integer> list = anchored.get(w);
            byAnchor[w] = list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
        }
        this.templates = List.copyOf(fits);
    }

    /** The span of the first person, in text order, whom some template fits (the earliest template wins). */
    Span first(Tokens tokens, List<Mention> mentions) {
        if (templates.isEmpty()) {
            return null;
        }
        if (tokens.vocabulary != vocabulary) {
            throw new IllegalArgumentException("the text was cut into words with another vocabulary");
        }
        for (Mention m : mentions) {
            if (m.role() == Mention.Role.AGENCY || m.role() == Mention.Role.OBJECT_PRONOUN) {
                continue;
            }
            int[] best = {Integer.MAX_VALUE, 0, 0};
            if (m.last() < tokens.size) {
                tryAnchored(tokens, m, m.last(), best);
            }
            if (m.first() > 0) {
                tryAnchored(tokens, m, m.first() - 1, best);
            }
            if (best[0] != Integer.MAX_VALUE) {
                return new Span(best[1], best[2]);
            }
        }
        return null;
    }

    /**
     * Tries the templates anchored on word {@code w}'s form, and on its base when that differs, keeping
     * in {@code best} the earliest that fits: its number, start and end.
     */
    private void tryAnchored(Tokens tokens, Mention m, int w, int[] best) {
        int form = tokens.formId[w];
        int base = tokens.baseId[w];
        if (form >= 0) {
            tryAll(byAnchor[form], tokens, m, best);
        }
        if (tokens.possessive(w) && base >= 0) {
            tryAll(byAnchor[base], tokens, m, best);
        }
    }

    private void tryAll(int[] candidates, Tokens tokens, Mention m, int[] best) {
        for (int t : candidates) {
            if (t < best[0]) {
                long span = fit(templates.get(t), tokens, m);
                if (span >= 0) {
                    best[0] = t;
                    best[1] = (int) (span >>> 32);
                    best[2] = (int) span;
                }
            }
        }
    }

    /** The start and end (high and low half) of the attribution if the template fits, else -1. */
    private static long fit(Fit t, Tokens tokens, Mention m) {
        if (t.possessive() && !tokens.possessive(m.last() - 1)) {
            return -1;
        }
        int before = t.beforeWords().length;
        int start = m.start();
        if (before > 0) {
            int first = m.first() - before;
            if (first < 0 || t.personGap() != tokens.gapId[m.first()]
                    || tokens.sentence[first] != tokens.sentence[m.first()]) {
                return -1;
            }
            for (int j = 0; j < before; j++) {
                int w = first + j;
                int word = t.beforeWords()[j];
                boolean fits = (word == tokens.formId[w] || word == tokens.baseId[w])
                        && (j == 0 || t.beforeGaps()[j] == tokens.gapId[w]);
                if (!fits) {
                    return -1;
                }
            }
            start = tokens.start[first];
        }
        int after = t.afterWords().length;
        int end = t.possessive() ? tokens.end[m.last() - 1] : m.end();
        if (after > 0) {
            if (m.last() + after > tokens.size) {
                return -1;
            }
            for (int j = 0; j < after; j++) {
                int w = m.last() + j;
                int word = t.afterWords()[j];
                if (t.afterGaps()[j] != tokens.gapId[w]) {
                    return -1;
                } else if (word == tokens.formId[w]) {
                    end = tokens.end[w];
                } else if (word == tokens.baseId[w]) {
                    end = tokens.baseEnd[w];
                } else {
                    return -1;
                }
            }
        }
        return ((long) start << 32) | end;
    }
}
