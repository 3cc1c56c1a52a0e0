package org.sosqa.examples.bench;

import java.time.LocalDate;
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
import org.sosqa.core.measure.Dashboard;
import org.sosqa.core.measure.DashboardReport;
import org.sosqa.core.measure.Interval;
import org.sosqa.core.measure.MeasureDefinitions;
import org.sosqa.core.measure.Suppression;

/**
 * Issue 5's goal: every default dashboard measure over 1,000,000 cases with five years of events, in at
 * most 30 s and constant memory. One operation makes the cases one at a time ({@link DashboardCases}) and
 * streams each through a {@link Dashboard} rolled up to service stage, team and worker, keeping no case; the
 * fork runs with a 256 MB heap to show the memory does not grow with the cases. Baseline in the same run:
 * making and discarding the cases only. Also measured: a quarterly series over the five years (20 points), on
 * one thread and on two.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@State(Scope.Benchmark)
public class DashboardBenchmark {

    @Param("1000000")
    public int cases;

    @Benchmark
    public void generateOnly(Blackhole hole) {
        DashboardCases.forEach(42L, cases, hole::consume);
    }

    @Benchmark
    public DashboardReport dashboardOnOneDay() {
        Dashboard dashboard = new Dashboard(MeasureDefinitions.defaults(), List.of(DashboardCases.END),
                Dashboard.ALL_LEVELS);
        DashboardCases.forEach(42L, cases, dashboard::add);
        return dashboard.report(Suppression.DEFAULT_THRESHOLD);
    }

    /** The quarterly series on two threads, each counting half the cases into its own dashboard, then merged. */
    @Benchmark
    public DashboardReport dashboardQuarterlyTwoThreads() throws Exception {
        List<LocalDate> quarters = Interval.QUARTER.ends(DashboardCases.START, DashboardCases.END);
        Dashboard first = new Dashboard(MeasureDefinitions.defaults(), quarters, Dashboard.ALL_LEVELS);
        Dashboard second = new Dashboard(MeasureDefinitions.defaults(), quarters, Dashboard.ALL_LEVELS);
        Thread other = new Thread(() -> DashboardCases.forEach(43L, cases - cases / 2, second::add));
        other.start();
        DashboardCases.forEach(42L, cases / 2, first::add);
        other.join();
        first.merge(second);
        return first.report(Suppression.DEFAULT_THRESHOLD);
    }

    @Benchmark
    public DashboardReport dashboardQuarterly() {
        List<LocalDate> quarters = Interval.QUARTER.ends(DashboardCases.START, DashboardCases.END);
        Dashboard dashboard = new Dashboard(MeasureDefinitions.defaults(), quarters, Dashboard.ALL_LEVELS);
        DashboardCases.forEach(42L, cases, dashboard::add);
        return dashboard.report(Suppression.DEFAULT_THRESHOLD);
    }
}
