package org.sosqa.core.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sets the shared figures of several organisations side by side: for every measure each organisation's value
 * against the median, lowest and highest of the others'. Only figures of the same instrument id and version
 * are compared; suppressed figures take no part in the others' statistics.
 *
 * @param instrumentId the instrument
 * @param instrumentVersion its version
 * @param organisations the organisations' names or anonymous labels, in the order given
 * @param measures one per measure, in the order the first organisation gives them
 */
public record SurveyComparison(String instrumentId, String instrumentVersion, List<String> organisations,
        List<MeasureComparison> measures) {

    public SurveyComparison {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(instrumentVersion, "instrumentVersion");
        organisations = List.copyOf(organisations);
        measures = List.copyOf(measures);
    }

    /**
     * Compares organisations.
     *
     * @param shared at least one organisation's figures, all of the same instrument and version
     * @param anonymise whether to replace names by {@code organisation 1}, {@code organisation 2}, ... in the
     *     order given
     * @param keep an organisation whose name is kept when anonymising (your own), or null
     * @return the comparison
     * @throws IllegalArgumentException if the list is empty or mixes instruments or versions
     */
    public static SurveyComparison compare(List<SharedFigures> shared, boolean anonymise, String keep) {
        if (shared.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        SharedFigures first = shared.get(0);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < shared.size(); i++) {
            SharedFigures s = shared.get(i);
            if (!s.instrumentId().equals(first.instrumentId()) || !s.instrumentVersion().equals(first.instrumentVersion())) {
                throw new IllegalArgumentException("figures of instrument " + s.instrumentId() + " "
                        + s.instrumentVersion() + " cannot be compared with " + first.instrumentId() + " "
                        + first.instrumentVersion());
            }
            boolean kept = !anonymise || s.organisation().equals(keep);
            labels.add(kept ? s.organisation() : "organisation " + (i + 1));
        }
        Set<String> ids = new LinkedHashSet<>();
        shared.forEach(s -> s.figures().forEach(f -> ids.add(f.measureId())));
        List<MeasureComparison> measures = new ArrayList<>();
        for (String id : ids) {
            List<BigDecimal> values = new ArrayList<>();
            for (SharedFigures s : shared) {
                SharedFigure f = s.figure(id);
                values.add(f == null ? null : f.value());
            }
            List<OrganisationFigure> rows = new ArrayList<>();
            for (int i = 0; i < shared.size(); i++) {
                List<BigDecimal> others = new ArrayList<>();
                for (int j = 0; j < values.size(); j++) {
                    if (j != i && values.get(j) != null) {
                        others.add(values.get(j));
                    }
                }
                others.sort(null);
                SharedFigure f = shared.get(i).figure(id);
                rows.add(new OrganisationFigure(labels.get(i), values.get(i), f != null && f.suppressed(),
                        others.size(), median(others), others.isEmpty() ? null : others.get(0),
                        others.isEmpty() ? null : others.get(others.size() - 1)));
            }
            List<BigDecimal> all = values.stream().filter(Objects::nonNull).sorted().toList();
            measures.add(new MeasureComparison(id, all.size(), median(all), rows));
        }
        return new SurveyComparison(first.instrumentId(), first.instrumentVersion(), labels, measures);
    }

    /** The median of sorted values, one decimal half-up; null when there are none. */
    static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return m.setScale(1, RoundingMode.HALF_UP);
    }
}
