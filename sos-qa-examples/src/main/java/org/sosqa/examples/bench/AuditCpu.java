package org.sosqa.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.internal.audit.CaseFacts;
import org.sosqa.rules.internal.audit.SafetyWording;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

/**
 * The audit benchmark's work in CPU time of the one thread doing it, which a loaded shared machine
 * disturbs far less than wall time (the other processes take turns on the cores, but the thread's own
 * CPU time counts only its own work). After a warm-up, audits the sample case N times and derives its
 * facts N times (statement analysis and fact building, no rules), in turn, for several rounds, and
 * prints the CPU microseconds per operation of each round, their median and least (other processes on
 * the machine only ever add to it, through shared caches and cores), and the bytes allocated per
 * operation, which the load does not change at all. 2 threads at 200 µs of CPU an audit would make
 * 10,000 audits a second.
 *
 * <pre>
 * java -cp sos-qa-examples/target/benchmarks.jar org.sosqa.examples.bench.AuditCpu [N] [rounds]
 * </pre>
 */
public final class AuditCpu {

    private AuditCpu() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        AuditEngine engine = AuditEngine.withDefaultRules();
        CaseFacts facts = new CaseFacts(StatementAnalyzer.english(), Parameters.defaults(), SafetyWording.english());
        CaseRecord record = SampleCase.record();
        long[] sink = new long[1];
        Runnable audit = () -> sink[0] += engine.audit(record).findings().size();
        Runnable derive = () -> sink[0] += facts.derive(record).size();
        for (int i = 0; i < 3; i++) {
            cpuMicros(audit, count);
            cpuMicros(derive, count);
        }
        double[] audits = new double[rounds];
        double[] derives = new double[rounds];
        long auditBytes = allocatedBytes(audit, 100);
        long deriveBytes = allocatedBytes(derive, 100);
        for (int r = 0; r < rounds; r++) {
            audits[r] = cpuMicros(audit, count);
            derives[r] = cpuMicros(derive, count);
            System.out.printf(Locale.ROOT, "round %d: audit %.1f µs, deriveFacts %.1f µs (cpu per op)%n",
                    r + 1, audits[r], derives[r]);
        }
        System.out.printf(Locale.ROOT, "median: audit %.1f µs, deriveFacts %.1f µs, rules and the rest %.1f µs%n",
                median(audits), median(derives), median(audits) - median(derives));
        System.out.printf(Locale.ROOT, "least: audit %.1f µs, deriveFacts %.1f µs%n", least(audits), least(derives));
        System.out.printf(Locale.ROOT, "allocated: audit %,d bytes, deriveFacts %,d bytes (%d)%n",
                auditBytes, deriveBytes, sink[0] % 10);
    }

    private static double cpuMicros(Runnable work, int count) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            work.run();
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / count;
    }

    private static long allocatedBytes(Runnable work, int count) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < count; i++) {
            work.run();
        }
        return (threads.getCurrentThreadAllocatedBytes() - start) / count;
    }

    /** The least of the values: what a loaded machine only ever adds to. */
    static double least(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** The median of the values (the upper one of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
