package org.sosqa.core.measure;

import java.math.BigDecimal;

/** Mutable population counts of one stratum while a summary is being built. */
final class Counts {
    long ip;
    long den;
    long excl;
    long num;
    BigDecimal observationSum = BigDecimal.ZERO;
    long observations;

    /** Counts one subject of the initial population. */
    void add(boolean inDen, boolean inExcl, boolean inNum, BigDecimal observation) {
        ip++;
        den += inDen ? 1 : 0;
        excl += inExcl ? 1 : 0;
        num += inNum ? 1 : 0;
        if (observation != null) {
            observationSum = observationSum.add(observation);
            observations++;
        }
    }

    void add(Counts o) {
        ip += o.ip;
        den += o.den;
        excl += o.excl;
        num += o.num;
        observationSum = observationSum.add(o.observationSum);
        observations += o.observations;
    }

    StratumReport report(String stratum, Measure<?> measure) {
        PopulationCounts counts = new PopulationCounts(ip, den, excl, num);
        return new StratumReport(stratum, counts, MeasureEvaluator.value(measure, num, counts.effectiveDenominator(),
                observationSum, observations));
    }
}
