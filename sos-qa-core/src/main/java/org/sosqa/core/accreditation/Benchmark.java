package org.sosqa.core.accreditation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sosqa.core.measure.ImprovementNotation;

/**
 * Compares an organisation with its peers on the same measures (domain.md §4.2: benchmarking, as an
 * Athena Swan application compares itself with its discipline). Each measure gives the organisation's
 * percentile rank, respecting whether higher or lower is better, and the peers' values under labels
 * ({@code Peer A}, {@code Peer B}, ...) that do not reveal who they are: peers are lettered in the order of
 * the SHA-256 of their names, so the letters are stable from run to run but do not follow the alphabet.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /**
     * Compares the latest cycle of one self-assessment with the latest cycle of each peer's.
     *
     * @param own the organisation's self-assessment
     * @param peers the peers' self-assessments; one with the organisation's own name is left out
     * @return the comparison, on every measure of the organisation's latest cycle that has a value
     * @throws IllegalArgumentException when two peers have the same name
     */
    public static BenchmarkReport compare(SelfAssessment own, List<SelfAssessment> peers) {
        Map<String, List<Evidence>> others = new LinkedHashMap<>();
        for (SelfAssessment peer : peers) {
            if (peer.organisation().equals(own.organisation())) {
                continue;
            }
            if (others.put(peer.organisation(), latest(peer)) != null) {
                throw new IllegalArgumentException("two peers have the same name; each organisation is compared once");
            }
        }
        return compare(own.organisation(), latest(own), others);
    }

    /**
     * Compares an organisation's evidence with its peers' evidence for the same period.
     *
     * @param organisation the organisation
     * @param own its evidence; measures without a value, narrative and support are left out
     * @param peers each peer's evidence, by peer name
     * @return the comparison
     */
    public static BenchmarkReport compare(String organisation, List<Evidence> own, Map<String, List<Evidence>> peers) {
        Objects.requireNonNull(organisation, "organisation");
        Map<String, String> labels = labels(peers.keySet());
        List<Evidence> measures = new ArrayList<>(own.stream().filter(e -> e.stream().measured() && e.hasValue()).toList());
        measures.sort(Comparator.comparing(Evidence::stream).thenComparing(Evidence::measureId));
        List<MeasureRank> ranks = new ArrayList<>();
        for (Evidence mine : measures) {
            List<PeerValue> values = new ArrayList<>();
            peers.forEach((name, evidence) -> evidence.stream()
                    .filter(e -> e.stream() == mine.stream() && e.measureId().equals(mine.measureId()) && e.hasValue())
                    .findFirst().ifPresent(e -> values.add(new PeerValue(labels.get(name), e.value()))));
            Comparator<BigDecimal> better = mine.improvement() == ImprovementNotation.INCREASE
                    ? Comparator.reverseOrder() : Comparator.naturalOrder();
            values.sort(Comparator.comparing(PeerValue::value, better).thenComparing(PeerValue::peer, Benchmark::compareLabels));
            ranks.add(new MeasureRank(mine.stream(), mine.measureId(), mine.title(), mine.improvement(), mine.value(),
                    percentileRank(mine.value(), mine.improvement(), values), values.size() + 1, values));
        }
        return new BenchmarkReport(organisation, peers.size(), ranks);
    }

    /**
     * The percentile rank of a value among its peers' values: 100 × (the number of organisations it does
     * better than + ½ × the number it ties with, itself included) ÷ all the organisations, itself included;
     * rounded half-up to one decimal place. Alone, an organisation ranks 50.0.
     *
     * @param value the organisation's value
     * @param improvement whether higher or lower is better
     * @param peers the peers' values
     * @return the rank, 0-100
     */
    public static BigDecimal percentileRank(BigDecimal value, ImprovementNotation improvement, List<PeerValue> peers) {
        int worse = 0;
        int ties = 1; // itself
        for (PeerValue peer : peers) {
            int c = value.compareTo(peer.value());
            if (c == 0) {
                ties++;
            } else if ((c > 0) == (improvement == ImprovementNotation.INCREASE)) {
                worse++;
            }
        }
        BigDecimal halves = BigDecimal.valueOf(2L * worse + ties); // in halves, to stay exact
        return halves.multiply(BigDecimal.valueOf(50)).divide(BigDecimal.valueOf(peers.size() + 1L), 1, RoundingMode.HALF_UP);
    }

    static Map<String, String> labels(java.util.Collection<String> names) {
        Map<String, String> byHash = new TreeMap<>();
        for (String name : names) {
            byHash.put(sha256(name), name);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        int i = 0;
        for (String name : byHash.values()) {
            labels.put(name, "Peer " + letters(i++));
        }
        return labels;
    }

    /** A, B, ..., Z, AA, AB, ... */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    private static int compareLabels(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static List<Evidence> latest(SelfAssessment assessment) {
        int cycle = assessment.latestCycle();
        return assessment.evidence().stream().filter(e -> e.cycle() == cycle).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
