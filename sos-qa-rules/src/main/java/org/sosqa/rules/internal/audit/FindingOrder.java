package org.sosqa.rules.internal.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.rules.Finding;

/**
 * The order of findings in a report: by the criterion's place in the instrument (criteria it lacks
 * last), then by rule name, then by path in document order; stable, so findings equal in all three keep
 * the order the rules recorded them in. Immutable and thread-safe.
 *
 * <p>Each finding's criterion place and rule place are looked up once and packed with its position
 * into one {@code long}, so most of the sort is a sort of numbers; paths are compared only within a run
 * of findings of the same criterion and rule (a rule's findings on one case: a handful). A finding of
 * a rule not named when this order was made falls back to comparing rule names.
 */
final class FindingOrder {
    /** Bits for the position in the list, and for the rule's place; the criterion's place above them. */
    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private final Map<String, Integer> criterionPlace;
    private final Map<String, Integer> rulePlace;

    /**
     * @param criteria the instrument's criterion ids, in instrument order
     * @param rules the names of every rule that may record a finding, in name order
     */
    FindingOrder(List<String> criteria, Collection<String> rules) {
        this.criterionPlace = places(criteria);
        this.rulePlace = places(rules);
        if (criterionPlace.size() >= MASK || rulePlace.size() >= MASK) {
            throw new IllegalArgumentException("too many criteria or rules to order findings by");
        }
    }

    private static Map<String, Integer> places(Collection<String> names) {
        Map<String, Integer> places = new HashMap<>();
        for (String name : names) {
            places.putIfAbsent(name.intern(), places.size());
        }
        return Map.copyOf(places);
    }

    /** The findings in report order, in a new list. */
    List<Finding> sort(List<Finding> findings) {
        int n = findings.size();
        if (n > MASK) {
            return byComparator(findings);
        }
        long[] keys = new long[n];
        long unranked = criterionPlace.size();
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            Integer rule = rulePlace.get(f.rule());
            if (rule == null) {
                return byComparator(findings);
            }
            long criterion = criterionPlace.getOrDefault(f.criterion(), (int) unranked);
            keys[i] = criterion << (2 * BITS) | (long) rule << BITS | i;
        }
        Arrays.sort(keys);
        List<Finding> out = new ArrayList<>(n);
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && keys[to] >>> BITS == keys[from] >>> BITS) {
                to++;
            }
            if (to - from == 1) {
                out.add(findings.get((int) (keys[from] & MASK)));
            } else {
                // Same criterion and rule: by path. In position order so far, and the sort is stable.
                Finding[] run = new Finding[to - from];
                for (int k = from; k < to; k++) {
                    run[k - from] = findings.get((int) (keys[k] & MASK));
                }
                Arrays.sort(run, BY_PATH);
                out.addAll(Arrays.asList(run));
            }
            from = to;
        }
        return out;
    }

    private static final Comparator<Finding> BY_PATH = (a, b) -> comparePaths(a.path(), b.path());

    /**
     * The same order by a comparator: for findings of rules this order was not made with, and as the
     * reference the tests hold {@link #sort} to.
     */
    List<Finding> byComparator(List<Finding> findings) {
        SortKey[] keys = new SortKey[findings.size()];
        for (int i = 0; i < keys.length; i++) {
            Finding f = findings.get(i);
            keys[i] = new SortKey(f, criterionPlace.getOrDefault(f.criterion(), Integer.MAX_VALUE),
                    rulePlace.getOrDefault(f.rule(), -1));
        }
        Arrays.sort(keys, SortKey.ORDER);
        List<Finding> out = new ArrayList<>(keys.length);
        for (SortKey key : keys) {
            out.add(key.finding());
        }
        return out;
    }

    /** A finding with its criterion's place and its rule's place in name order (-1 if unknown). */
    private record SortKey(Finding finding, int rank, int rule) {
        static final Comparator<SortKey> ORDER = (a, b) -> {
            int c = Integer.compare(a.rank, b.rank);
            if (c != 0) {
                return c;
            }
            c = a.rule >= 0 && b.rule >= 0 ? Integer.compare(a.rule, b.rule) : a.finding.rule().compareTo(b.finding.rule());
            return c != 0 ? c : comparePaths(a.finding.path(), b.finding.path());
        };
    }

    /**
     * JSON Pointers in document order, segment by segment (as {@code split("/", -1)} cuts them): two
     * segments that are both array indexes (digits only, fewer than 10) compare as numbers, others as
     * strings; a pointer that is a prefix of the other comes first. No segment is copied.
     */
    static int comparePaths(String a, String b) {
        // Pointers in one report share long prefixes: start at the segment where they first differ.
        int same = 0;
        int shorter = Math.min(a.length(), b.length());
        while (same < shorter && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        if (same == a.length() && same == b.length()) {
            return 0;
        }
        int i = a.lastIndexOf('/', same - 1) + 1;
        int j = i;
        while (true) {
            int endA = segmentEnd(a, i);
            int endB = segmentEnd(b, j);
            int numberA = number(a, i, endA);
            int numberB = number(b, j, endB);
            int c = numberA >= 0 && numberB >= 0
                    ? Integer.compare(numberA, numberB)
                    : compareRegions(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            boolean lastA = endA == a.length();
            boolean lastB = endB == b.length();
            if (lastA || lastB) {
                return Boolean.compare(!lastA, !lastB);
            }
            i = endA + 1;
            j = endB + 1;
        }
    }

    private static int segmentEnd(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? path.length() : slash;
    }

    /** The segment's value when it is an array index, else -1. */
    private static int number(String path, int from, int to) {
        if (from == to || to - from >= 10) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(path.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(path, from, to, 10);
    }

    /** {@link String#compareTo} of two regions. */
    private static int compareRegions(String a, int fromA, int toA, String b, int fromB, int toB) {
        int lengthA = toA - fromA;
        int lengthB = toB - fromB;
        int n = Math.min(lengthA, lengthB);
        for (int k = 0; k < n; k++) {
            char x = a.charAt(fromA + k);
            char y = b.charAt(fromB + k);
            if (x != y) {
                return x - y;
            }
        }
        return lengthA - lengthB;
    }
}
