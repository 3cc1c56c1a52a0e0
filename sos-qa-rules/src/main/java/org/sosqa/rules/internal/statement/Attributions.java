package org.sosqa.rules.internal.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds information attributed to a family member, child or pronoun by the templates of
 * {@code dfv-attribution.txt} ("@person told", "according to @person"). Templates are indexed by the
 * word next to the person, so each person costs a map look-up, not a pass over every template.
 */
final class Attributions {

    /** Template numbers (lexicon order) by the form of the word after, or else before, the person. */
    private final Map<String, List<Integer>> byAnchor = new HashMap<>();
    private final List<Template> templates;

    Attributions(List<Template> templates) {
        this.templates = List.copyOf(templates);
        for (int t = 0; t < templates.size(); t++) {
            byAnchor.computeIfAbsent(templates.get(t).anchor(), k -> new ArrayList<>()).add(t);
        }
    }

    /** The span of the first person, in text order, whom some template fits (the earliest template wins). */
    Span first(Tokens tokens, List<Mention> mentions) {
        if (templates.isEmpty()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.role() == Mention.Role.AGENCY || m.role() == Mention.Role.OBJECT_PRONOUN) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            Span found = null;
            if (m.last() < tokens.size) {
                for (int t : candidates(tokens.form[m.last()], tokens.base[m.last()])) {
                    Span s = fit(templates.get(t), tokens, m);
                    if (s != null && t < best) {
                        best = t;
                        found = s;
                    }
                }
            }
            if (m.first() > 0) {
                for (int t : candidates(tokens.form[m.first() - 1], tokens.base[m.first() - 1])) {
                    Span s = fit(templates.get(t), tokens, m);
                    if (s != null && t < best) {
                        best = t;
                        found = s;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private List<Integer> candidates(String form, String base) {
        List<Integer> byForm = byAnchor.getOrDefault(form, List.of());
        if (form.equals(base)) {
            return byForm;
        }
        List<Integer> byBase = byAnchor.getOrDefault(base, List.of());
        if (byBase.isEmpty()) {
            return byForm;
        }
        List<Integer> both = new ArrayList<>(byForm);
        both.addAll(byBase);
        return both;
    }

    private static Span fit(Template t, Tokens tokens, Mention m) {
        if (t.possessive() && !tokens.possessive(m.last() - 1)) {
            return null;
        }
        int before = t.before().size();
        int start = m.start();
        if (before > 0) {
            int first = m.first() - before;
            if (first < 0 || !t.personGap().equals(tokens.gap[m.first()])
                    || tokens.sentence[first] != tokens.sentence[m.first()]) {
                return null;
            }
            for (int j = 0; j < before; j++) {
                int w = first + j;
                String key = t.before().get(j);
                boolean fits = j == 0
                        ? key.equals(tokens.form[w]) || key.equals(tokens.base[w])
                        : tokens.linkIs(key, w) || tokens.baseLinkIs(key, w);
                if (!fits) {
                    return null;
                }
            }
            start = tokens.start[first];
        }
        int after = t.after().size();
        int end = t.possessive() ? tokens.end[m.last() - 1] : m.end();
        if (after > 0) {
            if (m.last() + after > tokens.size) {
                return null;
            }
            for (int j = 0; j < after; j++) {
                int w = m.last() + j;
                String key = t.after().get(j);
                if (tokens.linkIs(key, w)) {
                    end = tokens.end[w];
                } else if (tokens.baseLinkIs(key, w)) {
                    end = tokens.baseEnd[w];
                } else {
                    return null;
                }
            }
        }
        return new Span(start, end);
    }
}
