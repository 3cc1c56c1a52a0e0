package org.sosqa.core.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

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
    private final List<Stratifier<CaseRecord>> stratifiers;
    /** Per day, per measure: the measure made for the day, split by the levels. */
    private final List<List<Measure<CaseRecord>>> measures;
    /** Per day, per measure: the organisation's counts. */
    private final Counts[][] totals;
    /**
     * Per level: each stratum's counts, per day and measure. One table per stratum rather than one map per
     * day or measure, so a case costs one look-up per level however many days and measures there are.
     */
    private final List<Map<String, Counts[][]>> strata;
    private long cases;
    /**
     * Every measure is only about cases open on the day (the default initial population), so a case is
     * looked at only on the days it is open: on the others no measure would count it.
     */
    private final boolean onlyOpen;
    /** Per measure, its observation read from the shared view; null unless a continuous variable. */
    private final List<Function<CaseDay, BigDecimal>> observations;
    /** The case on the day being counted, shared by every measure: reused from case to case. */
    private final CaseDay view = new CaseDay();

    // what one case is, per measure, on the day being counted: reused from case to case
    private final boolean[] inIp;
    private final boolean[] inDen;
    private final boolean[] inExcl;
    private final boolean[] inNum;
    private final BigDecimal[] observed;
    private final String[] keys;
    /** The stratum tables of the case being counted, per level; looked up on its first day counted. */
    private final Counts[][][] rows;

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
        this.stratifiers = this.levels.stream().map(CaseCatalogue::stratifier).toList();
        int n = this.definitions.size();
        this.measures = new ArrayList<>();
        this.totals = new Counts[this.days.size()][n];
        this.strata = new ArrayList<>();
        for (int d = 0; d < this.days.size(); d++) {
            LocalDate day = this.days.get(d);
            measures.add(this.definitions.stream().map(def -> def.on(day, this.levels)).toList());
            for (int m = 0; m < n; m++) {
                totals[d][m] = new Counts();
            }
        }
        for (int l = 0; l < this.levels.size(); l++) {
            strata.add(new HashMap<>());
        }
        inIp = new boolean[n];
        inDen = new boolean[n];
        inExcl = new boolean[n];
        inNum = new boolean[n];
        observed = new BigDecimal[n];
        keys = new String[this.levels.size()];
        rows = new Counts[this.levels.size()][][];
        this.onlyOpen = this.definitions.stream().allMatch(def -> CaseConditions.requiresOpen(def.initialPopulation()));
        this.observations = this.definitions.stream()
                .map(def -> def.observation() == null ? null : CaseCatalogue.observation(def.observation())).toList();
    }

    /**
     * Counts one case on every day for every measure.
     *
     * @param c the case
     */
    public void add(CaseRecord c) {
        Objects.requireNonNull(c, "case");
        cases++;
        for (int l = 0; l < keys.length; l++) {
            keys[l] = stratifiers.get(l).stratumOf(c);
            rows[l] = null;
        }
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            if (onlyOpen && !CaseConditions.openOn(c, day)) {
                continue;
            }
            view.of(c, day);
            boolean any = false;
            for (int m = 0; m < inIp.length; m++) {
                any |= classify(definitions.get(m), view, m);
            }
            if (!any) {
                continue;
            }
            for (int m = 0; m < inIp.length; m++) {
                if (inIp[m]) {
                    totals[d][m].add(inDen[m], inExcl[m], inNum[m], observed[m]);
                }
            }
            for (int l = 0; l < keys.length; l++) {
                if (rows[l] == null) {
                    rows[l] = strata.get(l).computeIfAbsent(keys[l], k -> table());
                }
                Counts[] row = rows[l][d];
                for (int m = 0; m < inIp.length; m++) {
                    if (inIp[m]) {
                        row[m].add(inDen[m], inExcl[m], inNum[m], observed[m]);
                    }
                }
            }
        }
    }

    /** A stratum's counts, all zero: per day, one per measure. */
    private Counts[][] table() {
        Counts[][] table = new Counts[days.size()][definitions.size()];
        for (Counts[] row : table) {
            for (int m = 0; m < row.length; m++) {
                row[m] = new Counts();
            }
        }
        return table;
    }

    /**
     * Sorts a case into one measure's populations, as {@link MeasureEvaluator#individual} does with the
     * measure made for the day, but reading the case through the view shared by every measure.
     */
    private boolean classify(MeasureDefinition def, CaseDay v, int m) {
        inIp[m] = DayCondition.test(def.initialPopulation(), v);
        inDen[m] = false;
        inExcl[m] = false;
        inNum[m] = false;
        observed[m] = null;
        if (!inIp[m]) {
            return false;
        }
        inDen[m] = DayCondition.test(def.denominator(), v);
        inExcl[m] = inDen[m] && def.denominatorExclusion() != null && DayCondition.test(def.denominatorExclusion(), v);
        switch (def.scoring()) {
            case PROPORTION -> inNum[m] = inDen[m] && !inExcl[m] && DayCondition.test(def.numerator(), v);
            case RATIO -> inNum[m] = DayCondition.test(def.numerator(), v);
            case CONTINUOUS_VARIABLE -> observed[m] = inDen[m] && !inExcl[m] ? observations.get(m).apply(v) : null;
        }
        return true;
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
        for (int d = 0; d < days.size(); d++) {
            for (int m = 0; m < definitions.size(); m++) {
                totals[d][m].add(other.totals[d][m]);
            }
        }
        for (int l = 0; l < levels.size(); l++) {
            Map<String, Counts[][]> mine = strata.get(l);
            other.strata.get(l).forEach((key, table) -> {
                Counts[][] target = mine.computeIfAbsent(key, k -> table());
                for (int d = 0; d < table.length; d++) {
                    for (int m = 0; m < table[d].length; m++) {
                        target[d][m].add(table[d][m]);
                    }
                }
            });
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
        List<Map<String, Counts[][]>> sorted = strata.stream().<Map<String, Counts[][]>>map(TreeMap::new).toList();
        for (int d = 0; d < days.size(); d++) {
            List<SummaryReport> point = new ArrayList<>();
            for (int m = 0; m < definitions.size(); m++) {
                Measure<CaseRecord> measure = measures.get(d).get(m);
                List<StratifierReport> byLevel = new ArrayList<>();
                for (int l = 0; l < levels.size(); l++) {
                    List<StratumReport> reports = new ArrayList<>();
                    for (Map.Entry<String, Counts[][]> e : sorted.get(l).entrySet()) {
                        Counts counts = e.getValue()[d][m];
                        if (counts.ip > 0) { // a stratum only of cases this measure is not about is not shown
                            reports.add(counts.report(e.getKey(), measure));
                        }
                    }
                    byLevel.add(new StratifierReport(levels.get(l), reports));
                }
                point.add(new SummaryReport(measure.id(), totals[d][m].report("total", measure), byLevel));
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
