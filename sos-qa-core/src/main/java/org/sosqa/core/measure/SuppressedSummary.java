package org.sosqa.core.measure;

import java.util.List;
import java.util.Map;

/**
 * A summary report fit to be shown: small counts, and counts that would reveal them, are suppressed.
 *
 * @param measureId the measure
 * @param threshold counts from 1 to {@code threshold - 1} were suppressed
 * @param total the whole measure
 * @param stratifiers per stratifier id (in the measure's order), its strata sorted by stratum
 */
public record SuppressedSummary(String measureId, int threshold, ShownStratum total,
        Map<String, List<ShownStratum>> stratifiers) {

    public SuppressedSummary {
        stratifiers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stratifiers));
    }
}
