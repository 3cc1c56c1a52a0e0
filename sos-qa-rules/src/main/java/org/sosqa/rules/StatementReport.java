package org.sosqa.rules;

import java.util.List;
import java.util.Map;

/**
 * Live feedback on one statement as a worker writes it: which qualities it has, the jargon in it, and
 * what the rules found, each with the words to highlight.
 *
 * @param kind the kind of statement
 * @param score 0-10: the share of the rules' checks that were met
 * @param features each feature of the kind (see {@link StatementKind#featureNames()}) and whether it was found
 * @param jargon the professional labels and jargon found, lower-cased as they appear, in text order
 * @param findings the rules' findings; their paths are empty and their spans index into the statement
 */
public record StatementReport(
        StatementKind kind,
        double score,
        Map<String, Boolean> features,
        List<String> jargon,
        List<Finding> findings) {

    public StatementReport {
        features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
        jargon = List.copyOf(jargon);
        findings = List.copyOf(findings);
    }
}
