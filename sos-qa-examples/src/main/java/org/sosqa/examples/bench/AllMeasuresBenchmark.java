package org.sosqa.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sosqa.core.coredata.CaseEpisodeStream;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.coredata.IndicatorTally;
import org.sosqa.core.coredata.WorkingDayCalendar;

/**
 * Issue 5's goal for all measures: over 1,000,000 cases with five years of events ({@link DashboardCases}),
 * made one at a time and streamed once, the dashboard's quarterly series (14 measures, 20 quarter ends, 3
 * levels) and the statutory indicators of the five collection years 2021-22 to 2025-26, in at most 30 s and a
 * 256 MB heap. The cases are handed to a {@link org.sosqa.core.measure.Dashboard} and, grouped by child, to
 * an {@link org.sosqa.core.coredata.IndicatorTally}; nothing keeps a case. Baseline in the same run: making
 * and discarding the cases. Also on two threads, each with its own half of the groups, then merged.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@State(Scope.Benchmark)
public class AllMeasuresBenchmark {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    /** How many cases. */
    @Param("1000000")
    public int cases;

    /** Baseline: making and discarding the cases. */
    @Benchmark
    public void generateOnly(Blackhole hole) {
        DashboardCases.forEach(42L, cases, hole::consume);
    }

    /** The statutory indicators of the five years alone, to see their share. */
    @Benchmark
    public List<IndicatorReport> indicatorsOnly() {
        IndicatorTally tally = new IndicatorTally(AllMeasures.YEARS, CALENDAR);
        CaseEpisodeStream stream = new CaseEpisodeStream(tally);
        DashboardCases.forEach(42L, cases, stream);
        stream.finish();
        return AllMeasures.YEARS.stream().map(y -> tally.report(y, null)).toList();
    }

    /** Everything on one thread, in one pass. */
    @Benchmark
    public AllMeasures.Result allMeasures() {
        AllMeasures all = new AllMeasures(CALENDAR);
        DashboardCases.forEach(42L, cases, all::add);
        return all.finish().report();
    }

    /** Everything on two threads, each with its own half of the groups (another seed), then merged. */
    @Benchmark
    public AllMeasures.Result allMeasuresTwoThreads() throws InterruptedException {
        AllMeasures first = new AllMeasures(CALENDAR);
        AllMeasures second = new AllMeasures(CALENDAR);
        Thread other = new Thread(() -> DashboardCases.forEach(43L, cases - cases / 2, second::add));
        other.start();
        DashboardCases.forEach(42L, cases / 2, first::add);
        other.join();
        first.finish();
        second.finish();
        first.merge(second);
        return first.report();
    }
}
