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
 * <p>Each finding's criterion place and rule place are looked up once, and the findings are put in
 * order of those numbers by counting, with no comparisons; paths are compared only within a run of
 * findings of the same criterion and rule (a rule's findings on one case: a handful). A finding of a
 * rule not named when this order was made falls back to comparing rule names.
 */
final class FindingOrder {
    private final Map<String, Integer> criterionPlace;
    private final Map<String, Integer> rulePlace;

    /**
     * @param criteria the instrument's criterion ids, in instrument order
     * @param rules the names of every rule that may record a finding, in name order
     */
    FindingOrder(List<String> criteria, Collection<String> rules) {
        this.criterionPlace = places(criteria);
        this.rulePlace = places(rules);
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
        int[] criterion = new int[n];
        int[] rule = new int[n];
        int unranked = criterionPlace.size();
        for (int i = 0; i < n; i++) {
            Finding f = findings.get(i);
            Integer place = rulePlace.get(f.rule());
            if (place == null) {
                return byComparator(findings);
            }
            rule[i] = place;
            criterion[i] = criterionPlace.getOrDefault(f.criterion(), unranked);
        }
        // By rule, then by criterion: both passes stable, so the result is by criterion, rule, position.
        int[] order = byKey(null, rule, rulePlace.size());
        order = byKey(order, criterion, unranked + 1);
        List<Finding> out = new ArrayList<>(n);
        int from = 0;
        while (from < n) {
            int first = order[from];
            int to = from + 1;
            while (to < n && rule[order[to]] == rule[first] && criterion[order[to]] == criterion[first]) {
                to++;
            }
            if (to - from == 1) {
                out.add(findings.get(first));
            } else {
                // Same criterion and rule: by path. In position order so far, and the sort is stable.
                Finding[] run = new Finding[to - from];
                for (int k = from; k < to; k++) {
                    run[k - from] = findings.get(order[k]);
                }
                Arrays.sort(run, BY_PATH);
                out.addAll(Arrays.asList(run));
            }
            from = to;
        }
        return out;
    }

    /**
     * The positions {@code in} (all positions in order when null) ordered by {@code key}, whose values
     * are below {@code keys}, keeping the order of equal keys: a counting sort, a pass over the findings
     * and one over the keys, where a comparison sort of the few dozen findings of a case took most of
     * the cost of ordering them.
     */
    private static int[] byKey(int[] in, int[] key, int keys) {
        int n = key.length;
        int[] next = new int[keys + 1];
        for (int k : key) {
            next[k + 1]++;
        }
        for (int k = 1; k <= keys; k++) {
            next[k] += next[k - 1];
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int position = in == null ? i : in[i];
            out[next[key[position]]++] = position;
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
