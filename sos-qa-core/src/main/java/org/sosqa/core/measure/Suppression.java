package org.sosqa.core.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-number suppression of a summary report.
 *
 * <p><b>Primary:</b> a count from 1 to {@code threshold - 1} is suppressed (zero is shown: it identifies no
 * one). <b>Secondary:</b> within one stratifier the strata add up to the total, so when the total is shown
 * and exactly one stratum is suppressed it could be recovered by subtraction; the smallest shown non-zero
 * stratum is then suppressed as well, and when there is none the total is. The same happens when several
 * strata are suppressed but together add up to less than the threshold (their sum is total minus the shown
 * strata, a small number in itself; two suppressed strata summing to 2 are both 1). The rule is applied until nothing
 * changes, separately to denominators and to numerators, and a value is suppressed whenever either of its
 * counts is. Each stratifier is suppressed against the same total, on its own.
 */
public final class Suppression {

    /** The default threshold: counts below 5 are suppressed. */
    public static final int DEFAULT_THRESHOLD = 5;

    private Suppression() {
    }

    /** Suppresses with the {@link #DEFAULT_THRESHOLD}. */
    public static SuppressedSummary apply(SummaryReport summary) {
        return apply(summary, DEFAULT_THRESHOLD);
    }

    /**
     * Suppresses a summary.
     *
     * @param summary the summary
     * @param threshold counts from 1 to {@code threshold - 1} are suppressed; 1 or less suppresses nothing
     * @return the summary as it may be shown
     */
    public static SuppressedSummary apply(SummaryReport summary, int threshold) {
        StratumReport total = summary.total();
        boolean totalDenHidden = false;
        boolean totalNumHidden = false;
        List<boolean[]> denMasks = new ArrayList<>();
        List<boolean[]> numMasks = new ArrayList<>();
        for (StratifierReport s : summary.stratifiers()) {
            boolean[] den = mask(total.counts().effectiveDenominator(),
                    s.strata().stream().mapToLong(r -> r.counts().effectiveDenominator()).toArray(), threshold);
            boolean[] num = mask(total.counts().numerator(),
                    s.strata().stream().mapToLong(r -> r.counts().numerator()).toArray(), threshold);
            totalDenHidden |= den[0];
            totalNumHidden |= num[0];
            denMasks.add(den);
            numMasks.add(num);
        }
        if (summary.stratifiers().isEmpty()) {
            boolean[] den = mask(total.counts().effectiveDenominator(), new long[0], threshold);
            boolean[] num = mask(total.counts().numerator(), new long[0], threshold);
            totalDenHidden = den[0];
            totalNumHidden = num[0];
        }
        Map<String, List<ShownStratum>> shown = new LinkedHashMap<>();
        for (int i = 0; i < summary.stratifiers().size(); i++) {
            StratifierReport s = summary.stratifiers().get(i);
            List<ShownStratum> strata = new ArrayList<>();
            for (int j = 0; j < s.strata().size(); j++) {
                strata.add(shown(s.strata().get(j), denMasks.get(i)[j + 1], numMasks.get(i)[j + 1]));
            }
            shown.put(s.stratifierId(), strata);
        }
        return new SuppressedSummary(summary.measureId(), threshold,
                shown(total, totalDenHidden, totalNumHidden), shown);
    }

    /**
     * Suppresses a summary by group size, as surveys report: a group (the total, or one stratum) with fewer
     * than {@code threshold} subjects in its initial population (respondents) or in its denominator after
     * exclusions (respondents who answered enough to be scored) is hidden whole, counts and value. The
     * secondary rule of {@link #apply(SummaryReport, int)} is applied to both counts, so no hidden group can be
     * recovered by subtraction from the total and the groups shown. Numerators are not suppressed on their
     * own: in a group of at least {@code threshold} respondents a percentage agreeing is shown whatever its
     * numerator. Measures evaluated over the same subjects with the same stratifiers share the initial
     * population, so a group hidden for lack of respondents is hidden in every one of them.
     *
     * @param summary the summary
     * @param threshold groups of 1 to {@code threshold - 1} subjects are hidden; 1 or less hides nothing
     * @return the summary as it may be shown
     */
    public static SuppressedSummary applyToGroups(SummaryReport summary, int threshold) {
        StratumReport total = summary.total();
        boolean totalHidden = small(total.counts().initialPopulation(), threshold)
                || small(total.counts().effectiveDenominator(), threshold);
        List<boolean[]> masks = new ArrayList<>();
        for (StratifierReport s : summary.stratifiers()) {
            boolean[] groups = mask(total.counts().initialPopulation(),
                    s.strata().stream().mapToLong(r -> r.counts().initialPopulation()).toArray(), threshold);
            boolean[] answered = mask(total.counts().effectiveDenominator(),
                    s.strata().stream().mapToLong(r -> r.counts().effectiveDenominator()).toArray(), threshold);
            boolean[] hide = new boolean[groups.length];
            for (int i = 0; i < hide.length; i++) {
                // Each mask hides no stratum or at least two, so their union does too.
                hide[i] = groups[i] || answered[i];
            }
            totalHidden |= hide[0];
            masks.add(hide);
        }
        Map<String, List<ShownStratum>> shown = new LinkedHashMap<>();
        for (int i = 0; i < summary.stratifiers().size(); i++) {
            StratifierReport s = summary.stratifiers().get(i);
            List<ShownStratum> strata = new ArrayList<>();
            for (int j = 0; j < s.strata().size(); j++) {
                boolean hidden = masks.get(i)[j + 1];
                strata.add(shown(s.strata().get(j), hidden, hidden));
            }
            shown.put(s.stratifierId(), strata);
        }
        return new SuppressedSummary(summary.measureId(), threshold, shown(total, totalHidden, totalHidden), shown);
    }

    private static ShownStratum shown(StratumReport r, boolean denHidden, boolean numHidden) {
        ShownCount den = new ShownCount(denHidden ? null : r.counts().effectiveDenominator());
        ShownCount num = new ShownCount(numHidden ? null : r.counts().numerator());
        boolean valueHidden = denHidden || numHidden;
        return new ShownStratum(r.stratum(), den, num, valueHidden ? null : r.value(), valueHidden);
    }

    /**
     * Which cells of one additive group to hide.
     *
     * @param total the group's total
     * @param strata its strata, which add up to the total
     * @param threshold the threshold
     * @return index 0 for the total, then one per stratum; true means suppressed
     */
    static boolean[] mask(long total, long[] strata, int threshold) {
        boolean[] hide = new boolean[strata.length + 1];
        hide[0] = small(total, threshold);
        for (int i = 0; i < strata.length; i++) {
            hide[i + 1] = small(strata[i], threshold);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (hide[0]) {
                break;
            }
            int hidden = 0;
            long hiddenSum = 0;
            int smallest = -1;
            for (int i = 0; i < strata.length; i++) {
                if (hide[i + 1]) {
                    hidden++;
                    hiddenSum += strata[i];
                } else if (strata[i] > 0 && (smallest < 0 || strata[i] < strata[smallest])) {
                    smallest = i;
                }
            }
            // one hidden stratum is total minus the shown ones; several whose sum (also total minus the shown)
            // is small are a small number together, and all ones when the sum equals their count
            if (hidden == 1 || (hidden > 1 && hiddenSum < threshold)) {
                if (smallest >= 0) {
                    hide[smallest + 1] = true;
                } else {
                    hide[0] = true;
                }
                changed = true;
            }
        }
        return hide;
    }

    private static boolean small(long n, int threshold) {
        return n > 0 && n < threshold;
    }
}
