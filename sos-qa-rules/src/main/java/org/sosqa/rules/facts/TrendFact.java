package org.sosqa.rules.facts;

import java.math.BigDecimal;
import org.sosqa.core.accreditation.EvidenceStream;

/**
 * One measure followed across the cycles it has values in: one fact per measure with values in at least
 * two cycles. "Better" respects the measure's improvement notation.
 *
 * @param stream its stream
 * @param measureId the measure
 * @param cycles how many cycles it has values in
 * @param firstCycle the first of them
 * @param lastCycle the last of them
 * @param first its value in the first
 * @param last its value in the last
 * @param change how much better the last is than the first (negative when worse), in the measure's units
 * @param improved whether {@code change} is more than the threshold {@code impact.minChange}
 * @param deteriorated whether it got worse by more than {@code impact.tolerance}
 * @param steady whether no cycle was worse than the one before by more than {@code impact.tolerance}
 */
public record TrendFact(EvidenceStream stream, String measureId, int cycles, int firstCycle, int lastCycle,
        BigDecimal first, BigDecimal last, BigDecimal change, boolean improved, boolean deteriorated, boolean steady) {

    /** The trend in one line: {@code DEPTH depth.mean-score: 5.2 (cycle 1) -> 6.4 (cycle 3), better by 1.2}. */
    public String describe() {
        String how = change.signum() == 0 ? "no change" : (change.signum() > 0 ? "better by " : "worse by ")
                + change.abs().toPlainString();
        return stream + " " + measureId + ": " + first.toPlainString() + " (cycle " + firstCycle + ") -> "
                + last.toPlainString() + " (cycle " + lastCycle + "), " + how;
    }
}
