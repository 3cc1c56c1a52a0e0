package org.sosqa.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.coredata.WorkingDayCalendar;

import org.sosqa.core.measure.Dashboard;
import org.sosqa.core.measure.Interval;
import org.sosqa.core.measure.MeasureDefinitions;
import org.sosqa.core.measure.Suppression;

/**
 * The dashboard benchmark's work measured in CPU time of the one thread doing it, which a loaded shared
 * machine disturbs far less than wall time: after a warm-up of 200,000 cases, makes N cases
 * ({@link DashboardCases}) and (a) discards them, (b) streams them through the dashboard on one day, (c)
 * through a quarterly series over the five years, (d) through that series and the statutory indicators of the
 * five collection years at once ({@link AllMeasures}); prints CPU and wall seconds and the peak heap used.
 *
 * <pre>
 * java -Xmx256m -cp sos-qa-examples/target/benchmarks.jar org.sosqa.examples.bench.DashboardCpu 1000000
 * </pre>
 */
public final class DashboardCpu {

    private DashboardCpu() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<LocalDate> oneDay = List.of(DashboardCases.END);
        List<LocalDate> quarters = Interval.QUARTER.ends(DashboardCases.START, DashboardCases.END);
        run("warm-up", 200_000, oneDay, true);
        run("warm-up", 50_000, quarters, true);
        resetPeaks();
        run("generate only", count, null, false);
        run("dashboard, one day", count, oneDay, false);
        run("dashboard, 20 quarter ends", count, quarters, false);
        all(200_000, true);
        all(count, false);
    }

    /** The dashboard's quarterly series and the five years' statutory indicators, in one pass. */
    private static void all(int count, boolean quiet) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        AllMeasures all = new AllMeasures(WorkingDayCalendar.englandAndWales());
        DashboardCases.forEach(42L, count, all::add);
        AllMeasures.Result result = all.finish().report();
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallS = (System.nanoTime() - wall) / 1e9;
        if (quiet) {
            return;
        }
        long referrals = 0;
        long rereferrals = 0;
        long secondPlans = 0;
        for (IndicatorReport r : result.indicators()) {
            referrals += r.indicator("referrals").orElseThrow().numerator();
            rereferrals += r.indicator("rereferrals-12m").orElseThrow().numerator();
            secondPlans += r.indicator("cpp-subsequent-rate").orElseThrow().numerator();
        }
        System.out.printf(Locale.ROOT, "%-28s %,d cases: cpu %.1f s, wall %.1f s, peak heap used %d MB%n",
                "all measures (20 quarters, 5 years)", count, cpuS, wallS, peakHeapMb());
        System.out.printf(Locale.ROOT, "  %,d children, %,d referrals in the five years, %,d re-referrals within 12 "
                + "months, %,d second plans, %,d records left out, %,d not grouped%n", all.children(), referrals,
                rereferrals, secondPlans, result.indicators().get(0).problems().size(), all.notGrouped());
    }

    private static void run(String what, int count, List<LocalDate> days, boolean quiet) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long[] sink = new long[1];
        if (days == null) {
            DashboardCases.forEach(42L, count, c -> sink[0] += c.events().size());
        } else {
            Dashboard d = new Dashboard(MeasureDefinitions.defaults(), days, Dashboard.ALL_LEVELS);
            DashboardCases.forEach(42L, count, d::add);
            sink[0] += d.report(Suppression.DEFAULT_THRESHOLD).points().size();
        }
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallS = (System.nanoTime() - wall) / 1e9;
        if (!quiet) {
            System.out.printf(Locale.ROOT, "%-28s %,d cases: cpu %.1f s, wall %.1f s, peak heap used %d MB (%d)%n",
                    what, count, cpuS, wallS, peakHeapMb(), sink[0] % 10);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
