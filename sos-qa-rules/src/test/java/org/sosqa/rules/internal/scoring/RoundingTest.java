package org.sosqa.rules.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scorer's rounding to two decimals, held to {@link BigDecimal}'s half-up rounding of the value's
 * decimal form (what scores were always rounded by) over seeded values: scores as the scorer makes them
 * (ratios of small sums), arbitrary doubles, and values on and next to a half hundredth, where a shortcut
 * through binary arithmetic would go wrong.
 */
class RoundingTest {

    private static double reference(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static void same(double value) {
        assertEquals(reference(value), Scorer.round(value), () -> "rounding " + value);
    }

    @Test
    void halvesRoundUpAsTheirDecimalFormDoes() {
        // Worked out by hand from the decimal forms: 2.675 is "2.675", so half up gives 2.68, although
        // the double is a little below 2.675; 1.005 likewise gives 1.01; 0.125 is exact and gives 0.13.
        assertEquals(2.68, Scorer.round(2.675));
        assertEquals(1.01, Scorer.round(1.005));
        assertEquals(0.13, Scorer.round(0.125));
        assertEquals(6.67, Scorer.round(20.0 / 3));
        assertEquals(3.33, Scorer.round(10.0 / 3));
        assertEquals(-1.24, Scorer.round(-1.235));
    }

    @Test
    void scoresAsTheScorerMakesThemRoundAsBigDecimalDoes() {
        SplittableRandom random = new SplittableRandom(20261122L);
        for (int i = 0; i < 200_000; i++) {
            // 10 * weighted sum / weights / max rating, as Scorer.score builds a domain score.
            int weights = 1 + random.nextInt(40);
            int sum = random.nextInt(weights * 4 + 1);
            same(10.0 * sum / weights / (1 + random.nextInt(4)));
        }
    }

    @Test
    void arbitraryDoublesRoundAsBigDecimalDoes() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 200_000; i++) {
            same(random.nextDouble(-1000, 1000));
            same(random.nextDouble(0, 10));
        }
    }

    @Test
    void valuesOnAndBesideHalfHundredthsRoundAsBigDecimalDoes() {
        for (int thousandths = -20_000; thousandths <= 20_000; thousandths++) {
            double value = thousandths / 1000.0;
            same(value);
            same(Math.nextUp(value));
            same(Math.nextDown(value));
            same(value + 1e-7);
            same(value - 1e-7);
        }
    }
}
