package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeMap;

/**
 * The summary of one measure built one subject at a time, keeping counts only: no individual report and
 * no subject list, so its memory grows with the number of strata, never with the number of subjects. Its
 * {@link #summary()} equals the summary {@link MeasureEvaluator#evaluate} gives for the same subjects.
 * Not thread-safe: use one per thread and {@link #merge} them.
 *
 * @param <S> the subject type
 */
public final class SummaryAccumulator<S> {

    private final Measure<S> measure;
    private final Counts total = new Counts();
    private final List<Map<String, Counts>> strata;

    /**
     * An empty accumulator.
     *
     * @param measure the measure
     */
    public SummaryAccumulator(Measure<S> measure) {
        this.measure = measure;
        this.strata = new ArrayList<>(measure.stratifiers().size());
        for (int i = 0; i < measure.stratifiers().size(); i++) {
            strata.add(new HashMap<>()); // hashed while counting (the hot path), sorted once in summary()
        }
    }

    /** The measure. */
    public Measure<S> measure() {
        return measure;
    }

    /**
     * Counts one subject.
     *
     * @param subject the subject
     */
    public void add(S subject) {
        if (!measure.initialPopulation().test(subject)) {
            return; // in no population and in no stratum: adds nothing anywhere
        }
        boolean den = measure.denominator().test(subject);
        boolean excl = den && measure.denominatorExclusion().test(subject);
        boolean num = false;
        BigDecimal observation = null;
        switch (measure.scoring()) {
            case PROPORTION -> num = den && !excl && measure.numerator().test(subject);
            case RATIO -> num = measure.numerator().test(subject);
            case CONTINUOUS_VARIABLE -> observation = den && !excl ? measure.observation().apply(subject) : null;
        }
        total.add(den, excl, num, observation);
        for (int i = 0; i < strata.size(); i++) {
            String stratum = measure.stratifiers().get(i).stratumOf(subject);
            Map<String, Counts> level = strata.get(i);
            Counts counts = level.get(stratum);
            if (counts == null) {
                counts = new Counts();
                level.put(stratum, counts);
            }
            counts.add(den, excl, num, observation);
        }
    }

    /**
     * Adds another accumulator's counts for the same measure (from another thread or batch).
     *
     * @param other the other accumulator
     */
    public void merge(SummaryAccumulator<S> other) {
        if (!other.measure.id().equals(measure.id())) {
            throw new IllegalArgumentException("not the same measure: " + other.measure.id());
        }
        total.add(other.total);
        for (int i = 0; i < strata.size(); i++) {
            Map<String, Counts> mine = strata.get(i);
            other.strata.get(i).forEach((k, v) -> mine.computeIfAbsent(k, x -> new Counts()).add(v));
        }
    }

    /** The summary of the subjects added so far. */
    public SummaryReport summary() {
        List<StratifierReport> reports = new ArrayList<>();
        for (int i = 0; i < strata.size(); i++) {
            List<StratumReport> list = new ArrayList<>();
            new TreeMap<>(strata.get(i)).forEach((k, v) -> list.add(v.report(k, measure)));
            reports.add(new StratifierReport(measure.stratifiers().get(i).id(), list));
        }
        return new SummaryReport(measure.id(), total.report("total", measure), reports);
    }
}
