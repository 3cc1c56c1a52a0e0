package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void smallCountsAreSuppressedAndZeroIsShown() {
        // total 23 = 3 + 20 + 0: 3 is small; alone it could be recovered as 23 - 20 - 0, so 20 goes too
        // (0 is not a candidate: hiding a zero would still leave 3 = 23 - 20).
        assertArrayEquals(new boolean[] {false, true, true, false}, Suppression.mask(23, new long[] {3, 20, 0}, 5));
        // two small strata hide each other
        assertArrayEquals(new boolean[] {false, true, true, false}, Suppression.mask(30, new long[] {1, 4, 25}, 5));
        // a small total hides every non-zero stratum
        assertArrayEquals(new boolean[] {true, true, false, true}, Suppression.mask(4, new long[] {1, 0, 3}, 5));
        // nothing small: nothing hidden
        assertArrayEquals(new boolean[] {false, false, false}, Suppression.mask(10, new long[] {5, 5}, 5));
        // two hidden strata summing to 2 would both be 1 (12 - 10 = 2): the 10 goes too
        assertArrayEquals(new boolean[] {false, true, true, true}, Suppression.mask(12, new long[] {1, 1, 10}, 5));
        // the secondary picks the smallest shown non-zero stratum
        assertArrayEquals(new boolean[] {false, true, false, true, false},
                Suppression.mask(60, new long[] {2, 30, 8, 20}, 5));
    }

    @Test
    void suppressedCountIsShownAsSuppressedNeverZero() {
        assertEquals("suppressed", new ShownCount(null).toString());
        assertTrue(new ShownCount(null).suppressed());
        assertEquals("0", new ShownCount(0L).toString());
    }

    @Test
    void aSummaryHidesValuesWhoseCountsAreHidden() {
        StratumReport total = new StratumReport("total", new PopulationCounts(40, 40, 0, 23), new BigDecimal("57.5"));
        StratifierReport team = new StratifierReport("team", List.of(
                new StratumReport("a", new PopulationCounts(10, 10, 0, 3), new BigDecimal("30.0")),
                new StratumReport("b", new PopulationCounts(30, 30, 0, 20), new BigDecimal("66.7"))));
        SuppressedSummary shown = Suppression.apply(new SummaryReport("m", total, List.of(team)));
        ShownStratum a = shown.stratifiers().get("team").get(0);
        ShownStratum b = shown.stratifiers().get("team").get(1);
        assertTrue(a.numerator().suppressed());
        assertTrue(b.numerator().suppressed(), "secondary: 20 would reveal 3 as 23 - 20");
        assertNull(a.value());
        assertTrue(a.valueSuppressed());
        assertEquals(10L, a.denominator().value());
        assertEquals(new BigDecimal("57.5"), shown.total().value());
        assertFalse(shown.total().valueSuppressed());
    }

    @Test
    void thresholdIsConfigurable() {
        assertArrayEquals(new boolean[] {false, false, false}, Suppression.mask(12, new long[] {3, 9}, 1));
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.mask(30, new long[] {9, 21}, 10));
    }

    /**
     * Seeded property: whatever the counts, no hidden count can be worked out from the shown ones. With the
     * total shown, the hidden strata sum to total minus the shown strata, which pins one down only if exactly
     * one non-zero stratum is hidden; with the total hidden, summing shown strata must not give it back.
     */
    @Test
    void suppressionNeverRevealsASmallNumberBySubtraction() {
        Random random = new Random(5L);
        for (int run = 0; run < 5000; run++) {
            int k = 1 + random.nextInt(6);
            int threshold = 2 + random.nextInt(8);
            long[] strata = new long[k];
            long total = 0;
            for (int i = 0; i < k; i++) {
                strata[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(4) == 0 ? random.nextInt(threshold) : random.nextInt(40);
                total += strata[i];
            }
            boolean[] hide = Suppression.mask(total, strata, threshold);
            String seed = "run " + run;
            List<Integer> hidden = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                if (strata[i] > 0 && strata[i] < threshold) {
                    assertTrue(hide[i + 1], seed + ": every small count is hidden");
                }
                if (hide[i + 1]) {
                    assertNotEquals(0, strata[i], seed + ": a zero is never hidden, so never shown as one");
                    hidden.add(i);
                }
            }
            if (total > 0 && total < threshold) {
                assertTrue(hide[0], seed);
            }
            if (!hide[0]) {
                assertNotEquals(1, hidden.size(), seed + ": one hidden stratum = total - shown strata");
                long hiddenSum = hidden.stream().mapToLong(i -> strata[i]).sum();
                assertFalse(!hidden.isEmpty() && hiddenSum < threshold,
                        seed + ": the hidden strata together (total - shown strata) are not a small number");
            } else {
                assertFalse(hidden.isEmpty() && total > 0, seed + ": a hidden total = sum of shown strata");
            }
        }
    }

    @Test
    void groupSuppressionHidesWholeGroupsBySizeAndLeavesNumeratorsOfLargeGroups() {
        // A: 12 respondents, 12 answered, 2 agreeing; B: 6 respondents but only 4 answered; C: 7 and 7.
        StratumReport a = new StratumReport("a", new PopulationCounts(12, 12, 0, 2), new BigDecimal("16.7"));
        StratumReport b = new StratumReport("b", new PopulationCounts(6, 4, 0, 4), new BigDecimal("100.0"));
        StratumReport c = new StratumReport("c", new PopulationCounts(7, 7, 0, 3), new BigDecimal("42.9"));
        StratumReport total = new StratumReport("total", new PopulationCounts(25, 23, 0, 9), new BigDecimal("39.1"));
        SummaryReport summary = new SummaryReport("m", total, List.of(new StratifierReport("team", List.of(a, b, c))));
        SuppressedSummary shown = Suppression.applyToGroups(summary, 5);
        List<ShownStratum> teams = shown.stratifiers().get("team");
        assertEquals(2L, teams.get(0).numerator().value(), "a group of 12 shows its 2 agreeing");
        assertEquals(new BigDecimal("16.7"), teams.get(0).value());
        assertTrue(teams.get(1).valueSuppressed(), "b: only 4 answered");
        assertNull(teams.get(1).denominator().value());
        assertTrue(teams.get(2).valueSuppressed(), "c, the smallest shown, or b = 23 - 12 - 7");
        assertFalse(shown.total().valueSuppressed());
        assertEquals(23L, shown.total().denominator().value());
        // the count-by-count rule would have hidden a's numerator of 2
        assertTrue(Suppression.apply(summary, 5).stratifiers().get("team").get(0).valueSuppressed());
    }
}
