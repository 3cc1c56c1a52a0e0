package org.sosqa.core.accreditation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.sosqa.core.measure.ImprovementNotation;

/**
 * Where an organisation stands among its peers on one measure.
 *
 * @param stream the measure's stream
 * @param measureId the measure
 * @param title its title
 * @param improvement whether higher or lower is better
 * @param value the organisation's value
 * @param percentileRank 0-100, one decimal place: the percentage of all the organisations compared (the
 *     organisation included) that it does better than, counting ties, itself included, as half
 * @param organisations how many organisations were compared, the organisation included
 * @param peers the peers' values, best first, ties in label order
 */
public record MeasureRank(EvidenceStream stream, String measureId, String title, ImprovementNotation improvement,
        BigDecimal value, BigDecimal percentileRank, int organisations, List<PeerValue> peers) {

    public MeasureRank {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(percentileRank, "percentileRank");
        peers = List.copyOf(peers);
    }
}
