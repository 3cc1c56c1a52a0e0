package org.sosqa.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.DoubleStream;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.internal.DefaultKieBase;
import org.sosqa.rules.internal.audit.AuditSheet;
import org.sosqa.rules.internal.audit.CaseFacts;
import org.sosqa.rules.internal.audit.Messages;
import org.sosqa.rules.internal.audit.RuleRunner;
import org.sosqa.rules.internal.audit.SafetyWording;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

/**
 * What a second auditing thread costs the first, in the first's CPU time per audit: whether two threads
 * in one JVM scale as two processes do. One thread audits the sample case without stop, in slices of 300;
 * a second worker audits for 3 s, rests for 3 s, and so on. The slices that fell wholly inside the
 * second's busy spells are compared with those wholly inside its rests, in the same minutes, so the host's
 * drift from one minute to the next touches both alike; the ratio of their medians is the cost.
 *
 * <ul>
 *   <li>{@code inside}: the second worker is a thread of the same JVM, auditing with the same engine;</li>
 *   <li>{@code process}: the second worker is another JVM, started by this one on the same class path.</li>
 * </ul>
 *
 * <p>A third argument picks the work both do, to tell where the cost falls: {@code audit} (the default);
 * {@code derive}, the facts only (statement analysis, no Drools); {@code rules}, the shipped rules only,
 * over the sample's facts derived once; {@code compute}, a loop that hashes the sample's text and touches
 * little memory, as a yardstick of the host.
 *
 * <pre>
 * java -cp sos-qa-examples/target/benchmarks.jar org.sosqa.examples.bench.ThreadScaling inside [seconds] [work]
 * java -cp sos-qa-examples/target/benchmarks.jar org.sosqa.examples.bench.ThreadScaling process [seconds] [work]
 * </pre>
 */
public final class ThreadScaling {

    private static final int SLICE = 300;
    private static final long SPELL_MILLIS = 3_000;

    private ThreadScaling() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "inside";
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        String work = args.length > 2 ? args[2] : "audit";
        Work one = work(work);
        long[] sink = new long[1];
        for (int i = 0; i < 20_000; i++) {
            sink[0] += one.run();
        }
        long end = System.currentTimeMillis() + seconds * 1000;
        if (mode.equals("load")) {   // the second worker, in a process of its own: spells on standard output
            spells(one, end, spell -> System.out.println("spell " + spell[0] + " " + spell[1]));
            return;
        }
        List<long[]> busy = new CopyOnWriteArrayList<>();
        Thread other;
        Process process = null;
        if (mode.equals("inside")) {
            other = new Thread(() -> spells(one, end - SPELL_MILLIS, busy::add));
        } else if (mode.equals("process")) {
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ThreadScaling.class.getName(),
                    "load", Long.toString(seconds - 3), work).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Process child = process;
            other = new Thread(() -> readSpells(child, busy));
        } else {
            throw new IllegalArgumentException("mode must be inside or process, not " + mode);
        }
        other.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<long[]> slices = new ArrayList<>();   // start, end, CPU nanoseconds
        while (System.currentTimeMillis() < end) {
            long from = System.currentTimeMillis();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < SLICE; i++) {
                sink[0] += one.run();
            }
            slices.add(new long[] {from, System.currentTimeMillis(), threads.getCurrentThreadCpuTime() - cpu});
        }
        other.join();
        if (process != null) {
            process.waitFor();
        }
        report(mode + " " + work, slices, busy, sink[0]);
    }

    /** One unit of the work measured, returning something to keep it from being optimised away. */
    private interface Work {
        long run();
    }

    private static Work work(String name) {
        CaseRecord record = SampleCase.record();
        switch (name) {
            case "audit" -> {
                AuditEngine engine = AuditEngine.withDefaultRules();
                return () -> engine.audit(record).findings().size();
            }
            case "derive" -> {
                CaseFacts facts = caseFacts();
                return () -> facts.derive(record).size();
            }
            case "rules" -> {
                List<Object> derived = caseFacts().derive(record);
                RuleRunner runner = new RuleRunner(DefaultKieBase.get().kieBase(), java.util.Set.of(), 10_000, true);
                Messages messages = Messages.defaults();
                return () -> {
                    AuditSheet sheet = new AuditSheet(messages);
                    runner.run(derived, sheet);
                    return sheet.findings().size();
                };
            }
            case "compute" -> {
                String text = record.toString();
                return () -> {
                    long h = 0;
                    for (int round = 0; round < 20; round++) {
                        for (int k = 0; k < text.length(); k++) {
                            h = 31 * h + text.charAt(k);
                        }
                    }
                    return h;
                };
            }
            default -> throw new IllegalArgumentException("work must be audit, derive, rules or compute, not " + name);
        }
    }

    private static CaseFacts caseFacts() {
        return new CaseFacts(StatementAnalyzer.english(), Parameters.defaults(), SafetyWording.english());
    }

    /** Works in spells of 3 s with rests of 3 s between, until {@code end}, telling each spell's times. */
    private static void spells(Work work, long end, java.util.function.Consumer<long[]> told) {
        long sink = 0;
        try {
            Thread.sleep(2_000);
            while (System.currentTimeMillis() < end) {
                long from = System.currentTimeMillis();
                while (System.currentTimeMillis() < from + SPELL_MILLIS) {
                    sink += work.run();
                }
                told.accept(new long[] {from, System.currentTimeMillis()});
                Thread.sleep(SPELL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void readSpells(Process process, List<long[]> busy) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 3 && parts[0].equals("spell")) {   // anything else is not ours
                    busy.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void report(String mode, List<long[]> slices, List<long[]> busy, long sink) {
        if (busy.isEmpty()) {
            System.out.println("the second worker never ran: give more seconds");
            return;
        }
        long first = busy.get(0)[0];
        long last = busy.get(busy.size() - 1)[1];
        DoubleStream.Builder aloneSlices = DoubleStream.builder();
        DoubleStream.Builder togetherSlices = DoubleStream.builder();
        for (long[] slice : slices) {
            if (slice[0] < first || slice[1] > last) {
                continue;
            }
            double micros = slice[2] / 1e3 / SLICE;
            if (busy.stream().anyMatch(b -> slice[0] >= b[0] && slice[1] <= b[1])) {
                togetherSlices.add(micros);
            } else if (busy.stream().allMatch(b -> slice[1] < b[0] || slice[0] > b[1])) {
                aloneSlices.add(micros);
            }
        }
        double[] alone = aloneSlices.build().toArray();
        double[] together = togetherSlices.build().toArray();
        if (alone.length == 0 || together.length == 0) {
            System.out.println("too few slices: give more seconds");
            return;
        }
        double a = AuditCpu.median(alone);
        double t = AuditCpu.median(together);
        System.out.printf(Locale.ROOT, "%s: CPU per operation alone %.1f µs (%d slices of %d), with the second worker busy %.1f µs (%d): ratio %.3f (%d)%n",
                mode, a, alone.length, SLICE, t, together.length, t / a, sink % 10);
    }
}
