package org.sosqa.rules.internal.statement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sosqa.rules.StatementKind;

/**
 * What the analysis found in one statement. It holds offsets into the text, not the text itself (only
 * the jargon terms, which are professional labels from the lexicon), so that it can be kept, compared
 * and printed without carrying a family's words.
 *
 * @param kind the kind of statement analysed
 * @param features each of {@link StatementKind#featureNames()} of the kind, in that order, with its evidence
 * @param jargon professional labels and acronyms, in text order
 * @param diagnosisOnly the statement names a diagnosis, condition or abuse label but describes no
 *     behaviour; the span is the first label
 * @param negativeFraming a phrase framing what will stop ("will not", "no longer", "never"...)
 * @param sustainPeriod a duration ("for at least six months", "over the next 12 weeks")
 * @param dfvAttribution information attributed to a family member or child ("Mum told us", "Amy said");
 *     in a domestic violence case a danger statement should leave such attribution out (domain.md §1.3,
 *     danger statement criterion 8)
 * @param readability counts and Flesch reading ease
 * @param tooLong more words, or more words per sentence, than the lexicon's limits for this kind
 */
public record StatementAnalysis(
        StatementKind kind,
        Map<String, Signal> features,
        List<JargonHit> jargon,
        Signal diagnosisOnly,
        Signal negativeFraming,
        Signal sustainPeriod,
        Signal dfvAttribution,
        Readability readability,
        boolean tooLong) {

    public StatementAnalysis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(diagnosisOnly, "diagnosisOnly");
        Objects.requireNonNull(negativeFraming, "negativeFraming");
        Objects.requireNonNull(sustainPeriod, "sustainPeriod");
        Objects.requireNonNull(dfvAttribution, "dfvAttribution");
        Objects.requireNonNull(readability, "readability");
        if (!features.keySet().equals(FEATURE_NAMES.get(kind))) {
            throw new IllegalArgumentException("features must be exactly " + kind.featureNames());
        }
        features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        jargon = List.copyOf(jargon);
    }

    /** Each kind's feature names as a set, made once rather than for every analysis. */
    private static final Map<StatementKind, Set<String>> FEATURE_NAMES = featureNames();

    private static Map<StatementKind, Set<String>> featureNames() {
        Map<StatementKind, Set<String>> names = new EnumMap<>(StatementKind.class);
        for (StatementKind kind : StatementKind.values()) {
            names.put(kind, Set.copyOf(kind.featureNames()));
        }
        return Collections.unmodifiableMap(names);
    }

    /** Whether the named feature was found; false for a name this kind does not have. */
    public boolean has(String feature) {
        Signal signal = features.get(feature);
        return signal != null && signal.present();
    }

    /** Each feature's name and whether it was found, in {@link StatementKind#featureNames()} order. */
    public Map<String, Boolean> featureFlags() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        features.forEach((name, signal) -> flags.put(name, signal.present()));
        return Collections.unmodifiableMap(flags);
    }

    /** The jargon terms, lower-cased as they appear, in text order (repeats kept). */
    public List<String> jargonTerms() {
        return jargon.stream().map(JargonHit::term).toList();
    }
}
