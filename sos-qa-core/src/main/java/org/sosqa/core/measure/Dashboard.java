package org.sosqa.core.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sosqa.core.CaseRecord;

/**
 * The breadth dashboard, built by streaming: measure definitions evaluated for the cases as they stood on
 * one or more days (a date, or the month or quarter ends of a {@link Interval} series), rolled up from case
 * to the chosen levels ({@code worker}, {@code team}, {@code service-stage}) and the whole organisation.
 * Only counts are kept, so memory grows with measures × days × strata and never with the number of cases:
 * a million cases go through it one at a time. Not thread-safe; one per thread, then {@link #merge}.
 */
public final class Dashboard {

    /** The roll-up levels below the organisation, from the widest: service stage, team, worker. */
    public static final List<String> ALL_LEVELS = List.of("service-stage", "team", "worker");

    private final List<MeasureDefinition> definitions;
    private final List<LocalDate> days;
    private final List<String> levels;
    /** One accumulator per day and measure, day-major. */
    private final List<SummaryAccumulator<CaseRecord>> accumulators;
    private long cases;

    /**
     * An empty dashboard.
     *
     * @param definitions the measures ({@link MeasureDefinitions#defaults()} or an organisation's own)
     * @param days the days, oldest first; at least one
     * @param levels stratifier ids to roll up to (see {@link MeasureDefinitions#stratifiers()}); may be empty
     *     for the organisation only
     */
    public Dashboard(List<MeasureDefinition> definitions, List<LocalDate> days, List<String> levels) {
        this.definitions = List.copyOf(definitions);
        this.days = List.copyOf(days);
        this.levels = List.copyOf(levels);
        if (this.days.isEmpty()) {
            throw new IllegalArgumentException("a dashboard needs at least one day");
        }
        this.accumulators = new ArrayList<>(this.days.size() * this.definitions.size());
        for (LocalDate day : this.days) {
            for (MeasureDefinition d : this.definitions) {
                accumulators.add(new SummaryAccumulator<>(d.on(day, this.levels)));
            }
        }
    }

    /**
     * Counts one case on every day for every measure.
     *
     * @param c the case
     */
    public void add(CaseRecord c) {
        Objects.requireNonNull(c, "case");
        cases++;
        for (int i = 0; i < accumulators.size(); i++) {
            accumulators.get(i).add(c);
        }
    }

    /**
     * Adds another dashboard's counts; it must have the same measures, days and levels.
     *
     * @param other the other dashboard
     */
    public void merge(Dashboard other) {
        if (!other.days.equals(days) || !other.levels.equals(levels)
                || other.definitions.size() != definitions.size()) {
            throw new IllegalArgumentException("not the same dashboard");
        }
        cases += other.cases;
        for (int i = 0; i < accumulators.size(); i++) {
            accumulators.get(i).merge(other.accumulators.get(i));
        }
    }

    /** How many cases were added, open or not. */
    public long cases() {
        return cases;
    }

    /** The days, oldest first. */
    public List<LocalDate> days() {
        return days;
    }

    /** The roll-up levels. */
    public List<String> levels() {
        return levels;
    }

    /** The measures. */
    public List<MeasureDefinition> definitions() {
        return definitions;
    }

    /**
     * The summaries before suppression, for use inside the organisation's own systems: per day (in
     * {@link #days()} order), one per measure (in definition order).
     */
    public List<List<SummaryReport>> summaries() {
        List<List<SummaryReport>> out = new ArrayList<>();
        int k = 0;
        for (int d = 0; d < days.size(); d++) {
            List<SummaryReport> point = new ArrayList<>();
            for (int m = 0; m < definitions.size(); m++) {
                point.add(accumulators.get(k++).summary());
            }
            out.add(List.copyOf(point));
        }
        return List.copyOf(out);
    }

    /**
     * The dashboard as it may be shown: every point suppressed on its own.
     *
     * @param threshold counts from 1 to {@code threshold - 1} are suppressed (see {@link Suppression})
     * @return the report
     */
    public DashboardReport report(int threshold) {
        List<DashboardReport.Point> points = new ArrayList<>();
        List<List<SummaryReport>> all = summaries();
        for (int d = 0; d < days.size(); d++) {
            points.add(new DashboardReport.Point(days.get(d),
                    all.get(d).stream().map(s -> Suppression.apply(s, threshold)).toList()));
        }
        return new DashboardReport(levels, threshold, cases, points);
    }

    /**
     * One case on one day: for each measure, whether the case is in each population, and why (the FHIR
     * individual report).
     *
     * @param definitions the measures
     * @param c the case
     * @param day the day
     * @return one report per measure, in definition order
     */
    public static List<IndividualReport> caseView(List<MeasureDefinition> definitions, CaseRecord c, LocalDate day) {
        return definitions.stream().map(d -> MeasureEvaluator.individual(d.on(day, List.of()), c, c.id())).toList();
    }
}
