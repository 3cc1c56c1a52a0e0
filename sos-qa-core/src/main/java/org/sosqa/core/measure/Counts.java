package org.sosqa.core.measure;

import java.math.BigDecimal;

/** Mutable population counts of one stratum while a summary is being built. */
final class Counts {
    long ip;
    long den;
    long excl;
    long num;
    // Observations are summed exactly: whole numbers that fit in a long (the day counts and sizes the default
    // measures observe) as a long, with no BigDecimal made per case; anything else as a BigDecimal. Exact
    // addition is associative, so the sum, value and scale are those of adding every observation in turn.
    long wholeSum;
    BigDecimal otherSum = BigDecimal.ZERO;
    long observations;

    /** Counts one subject of the initial population. */
    void add(boolean inDen, boolean inExcl, boolean inNum, BigDecimal observation) {
        ip++;
        den += inDen ? 1 : 0;
        excl += inExcl ? 1 : 0;
        num += inNum ? 1 : 0;
        if (observation != null) {
            observe(observation);
            observations++;
        }
    }

    void add(Counts o) {
        ip += o.ip;
        den += o.den;
        excl += o.excl;
        num += o.num;
        otherSum = otherSum.add(o.otherSum);
        try {
            wholeSum = Math.addExact(wholeSum, o.wholeSum);
        } catch (ArithmeticException tooBig) {
            otherSum = otherSum.add(BigDecimal.valueOf(o.wholeSum));
        }
        observations += o.observations;
    }

    StratumReport report(String stratum, Measure<?> measure) {
        PopulationCounts counts = new PopulationCounts(ip, den, excl, num);
        return new StratumReport(stratum, counts, MeasureEvaluator.value(measure, num, counts.effectiveDenominator(),
                observationSum(), observations));
    }

    private void observe(BigDecimal observation) {
        if (observation.scale() == 0) {
            try {
                wholeSum = Math.addExact(wholeSum, observation.longValueExact());
                return;
            } catch (ArithmeticException tooBig) {
                // beyond a long: summed as a BigDecimal below
            }
        }
        otherSum = otherSum.add(observation);
    }

    /** The sum of the observations. */
    BigDecimal observationSum() {
        return otherSum.add(BigDecimal.valueOf(wholeSum));
    }
}
