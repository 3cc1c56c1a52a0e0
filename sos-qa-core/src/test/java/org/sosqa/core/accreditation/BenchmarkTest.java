package org.sosqa.core.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sosqa.core.measure.ImprovementNotation;

class BenchmarkTest {

    private static List<PeerValue> peers(String... values) {
        return java.util.Arrays.stream(values).map(v -> new PeerValue("p", new BigDecimal(v))).toList();
    }

    @Test
    void percentileRanksWorkedByHand() {
        // 60 among 50, 60, 70, 80 (higher better): better than 1, tied with 2 (itself and one peer), of 5:
        // (1 + 2/2) / 5 = 40 %.
        assertEquals(new BigDecimal("40.0"), Benchmark.percentileRank(new BigDecimal("60"), ImprovementNotation.INCREASE, peers("50", "60", "70", "80")));
        // 20 among 10, 30, 30 (lower better): better than 2, tied with itself, of 4: (2 + 1/2) / 4 = 62.5 %.
        assertEquals(new BigDecimal("62.5"), Benchmark.percentileRank(new BigDecimal("20"), ImprovementNotation.DECREASE, peers("10", "30", "30")));
        // Best of 3 (higher better): (2 + 1/2) / 3 = 83.33 -> 83.3. Alone: 50.
        assertEquals(new BigDecimal("83.3"), Benchmark.percentileRank(new BigDecimal("9"), ImprovementNotation.INCREASE, peers("1", "2")));
        assertEquals(new BigDecimal("50.0"), Benchmark.percentileRank(new BigDecimal("9"), ImprovementNotation.INCREASE, peers()));
    }

    @Test
    void theRankIsMonotoneInTheValueOverManySeeds() {
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<PeerValue> values = new java.util.ArrayList<>();
            int n = random.nextInt(0, 12);
            for (int i = 0; i < n; i++) {
                values.add(new PeerValue("p", BigDecimal.valueOf(random.nextInt(0, 20))));
            }
            BigDecimal low = BigDecimal.valueOf(random.nextInt(0, 20));
            BigDecimal high = low.add(BigDecimal.valueOf(random.nextInt(1, 5)));
            BigDecimal lowRank = Benchmark.percentileRank(low, ImprovementNotation.INCREASE, values);
            BigDecimal highRank = Benchmark.percentileRank(high, ImprovementNotation.INCREASE, values);
            assertTrue(highRank.compareTo(lowRank) >= 0, "seed " + seed);
            assertTrue(Benchmark.percentileRank(high, ImprovementNotation.DECREASE, values)
                    .compareTo(Benchmark.percentileRank(low, ImprovementNotation.DECREASE, values)) <= 0, "seed " + seed);
            assertTrue(lowRank.signum() > 0 && lowRank.compareTo(BigDecimal.valueOf(100)) < 0, "seed " + seed);
        }
    }

    private static Evidence e(String measure, String value, ImprovementNotation improvement) {
        return Evidence.measure(EvidenceStream.BREADTH, measure, measure, 1, new BigDecimal(value), improvement, 100);
    }

    @Test
    void peersAreAnonymisedWithStableLabelsAndSortedBestFirst() {
        Map<String, List<Evidence>> peers = new LinkedHashMap<>();
        peers.put("Aardvark Borough", List.of(e("m1", "70", ImprovementNotation.INCREASE), e("m2", "10", ImprovementNotation.DECREASE)));
        peers.put("Beacon County", List.of(e("m1", "50", ImprovementNotation.INCREASE), e("m2", "30", ImprovementNotation.DECREASE)));
        peers.put("Coastal City", List.of(e("m1", "60", ImprovementNotation.INCREASE)));
        BenchmarkReport report = Benchmark.compare("Us", List.of(e("m1", "60", ImprovementNotation.INCREASE),
                e("m2", "20", ImprovementNotation.DECREASE)), peers);
        assertEquals(3, report.peers());
        MeasureRank m1 = report.measures().get(0);
        assertEquals("m1", m1.measureId());
        assertEquals(4, m1.organisations());
        assertEquals(new BigDecimal("50.0"), m1.percentileRank()); // better than 1, tied with 2, of 4
        assertEquals(List.of(new BigDecimal("70"), new BigDecimal("60"), new BigDecimal("50")), m1.peers().stream().map(PeerValue::value).toList());
        MeasureRank m2 = report.measures().get(1);
        assertEquals(3, m2.organisations());
        assertEquals(new BigDecimal("50.0"), m2.percentileRank()); // better than 1 (30), tied with itself, of 3
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("30")), m2.peers().stream().map(PeerValue::value).toList());
        // The same peer has the same label in every measure, and no name appears anywhere.
        String aardvarkM1 = m1.peers().get(0).peer();
        assertEquals(aardvarkM1, m2.peers().get(0).peer());
        assertEquals(java.util.Set.of("Peer A", "Peer B", "Peer C"), m1.peers().stream().map(PeerValue::peer).collect(java.util.stream.Collectors.toSet()));
        assertFalse(report.toString().contains("Aardvark") || report.toString().contains("Beacon") || report.toString().contains("Coastal"));
        // Stable: the same peers in another order get the same labels.
        Map<String, List<Evidence>> reordered = new LinkedHashMap<>();
        List.of("Coastal City", "Aardvark Borough", "Beacon County").forEach(k -> reordered.put(k, peers.get(k)));
        assertEquals(report, Benchmark.compare("Us", List.of(e("m1", "60", ImprovementNotation.INCREASE),
                e("m2", "20", ImprovementNotation.DECREASE)), reordered));
    }

    @Test
    void lettersGoPastZ() {
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA"), List.of(Benchmark.letters(0), Benchmark.letters(25), Benchmark.letters(26),
                Benchmark.letters(51), Benchmark.letters(52)));
    }
}
