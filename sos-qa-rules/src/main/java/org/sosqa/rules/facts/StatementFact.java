package org.sosqa.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sosqa.rules.StatementKind;
import org.sosqa.rules.TextSpan;

/**
 * One statement with what statement analysis found in it. The text itself is not here: only its
 * features and the spans of the words that showed them.
 *
 * @param kind what kind of statement it is
 * @param id the danger or harm statement's id (a goal carries its danger statement's id; a scale
 *     anchor its scale's path), or empty where checked on its own
 * @param path JSON Pointer to the text
 * @param features the names of the features found (see {@link StatementKind#featureNames()})
 * @param spans the words that showed each feature found, by feature name
 * @param jargon the professional labels and jargon found, lower-cased as they appear
 * @param jargonSpans where each of {@code jargon} is, in the same order
 * @param diagnosisOnly whether the statement is only a label or diagnosis, with no behaviour described
 * @param negativeFraming where the statement says what will stop ("will not", "no more"), or null
 * @param sustainPeriod where the statement says how long ("for six months"), or null
 * @param dfvAttribution where the statement attributes what it says to a family member or the child, or null
 * @param words how many words the statement has
 * @param tooLong whether it is longer than the lexicon's limit for its kind
 */
public record StatementFact(
        StatementKind kind,
        String id,
        String path,
        Set<String> features,
        Map<String, TextSpan> spans,
        List<String> jargon,
        List<TextSpan> jargonSpans,
        boolean diagnosisOnly,
        TextSpan negativeFraming,
        TextSpan sustainPeriod,
        TextSpan dfvAttribution,
        int words,
        boolean tooLong) {

    public StatementFact {
        features = Set.copyOf(features);
        spans = Map.copyOf(spans);
        jargon = List.copyOf(jargon);
        jargonSpans = List.copyOf(jargonSpans);
    }

    /** Whether a feature was found. */
    public boolean has(String feature) {
        return features.contains(feature);
    }

    /** The words that showed a feature, or null where it was not found. */
    public TextSpan span(String feature) {
        return spans.get(feature);
    }

    /** Whether any jargon was found. */
    public boolean hasJargon() {
        return !jargon.isEmpty();
    }

    /** The first jargon found, or null. */
    public TextSpan firstJargon() {
        return jargonSpans.isEmpty() ? null : jargonSpans.get(0);
    }

    /** Whether it is written in plain family language: no jargon, and more than a label or diagnosis. */
    public boolean plainLanguage() {
        return jargon.isEmpty() && !diagnosisOnly;
    }
}
