package org.sosqa.core.accreditation;

import java.util.List;
import java.util.Objects;

/**
 * An organisation compared with its anonymised peers on the same measures.
 *
 * @param organisation the organisation
 * @param peers how many peers it was compared with
 * @param measures one rank per measure the organisation has a value for, in stream then id order
 */
public record BenchmarkReport(String organisation, int peers, List<MeasureRank> measures) {

    public BenchmarkReport {
        Objects.requireNonNull(organisation, "organisation");
        measures = List.copyOf(measures);
    }
}
