package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The observation sum kept partly as a long equals adding every observation as a BigDecimal, scale included. */
class CountsTest {

    @Test
    void wholeDecimalAndHugeObservationsSumExactly() {
        List<BigDecimal> values = List.of(new BigDecimal("1.50"), BigDecimal.valueOf(2), BigDecimal.valueOf(Long.MAX_VALUE),
                BigDecimal.valueOf(Long.MAX_VALUE), new BigDecimal("1E+3"), BigDecimal.valueOf(-3),
                new BigDecimal("123456789012345678901234567890"));
        Counts counts = new Counts();
        BigDecimal expected = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            counts.add(true, false, false, v);
            expected = expected.add(v);
        }
        // 1.50 + 2 + 2 x 9223372036854775807 + 1000 - 3 = 18446744073709552614.50, plus 123456789012345678901234567890
        assertEquals(new BigDecimal("123456789030792422974944120504.50"), expected);
        assertEquals(expected, counts.observationSum());
        assertEquals(7, counts.observations);
    }

    @Test
    void mergedHalvesEqualOneSumOverManySeeds() {
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            Counts first = new Counts();
            Counts second = new Counts();
            BigDecimal expected = BigDecimal.ZERO;
            int n = r.nextInt(50);
            for (int i = 0; i < n; i++) {
                BigDecimal v = switch (r.nextInt(4)) {
                    case 0 -> BigDecimal.valueOf(r.nextLong());
                    case 1 -> BigDecimal.valueOf(r.nextInt(1000), r.nextInt(3));
                    case 2 -> BigDecimal.valueOf(Long.MAX_VALUE - r.nextInt(5));
                    default -> BigDecimal.valueOf(r.nextInt(400));
                };
                (r.nextBoolean() ? first : second).add(true, true, false, v);
                expected = expected.add(v);
            }
            first.add(second);
            assertEquals(expected, first.observationSum(), "seed " + seed);
            assertEquals(n, first.observations);
        }
    }
}
