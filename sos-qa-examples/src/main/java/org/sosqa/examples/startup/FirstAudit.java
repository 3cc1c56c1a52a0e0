package org.sosqa.examples.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;

/**
 * What an application does first: build the engine with the default rules, read a case document, audit
 * it, and exit. Timed from outside, JVM start to exit, by {@code StartupBenchmark}. With
 * {@code --timings} it prints how long each step took, in milliseconds, to standard error.
 */
public final class FirstAudit {

    private FirstAudit() {
    }

    /**
     * Runs the first audit and prints the grade.
     *
     * @param args {@code --timings} to print the time of each step
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        // As the command line does (see Main): without it jboss-logging, which Hibernate Validator logs
        // through, finds the Log4j API that Apache POI brings, tries it and prints an error that no provider is bound.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        AuditEngine engine = AuditEngine.withDefaultRules();
        long built = System.nanoTime();
        CaseRecord record;
        try (InputStream in = SampleCase.class.getResourceAsStream(SampleCase.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample case is missing: " + SampleCase.RESOURCE);
            }
            record = SosQaJson.readCase(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long read = System.nanoTime();
        AuditReport report = engine.audit(record);
        long audited = System.nanoTime();
        System.out.println(report.grade());
        if (args.length > 0 && args[0].equals("--timings")) {
            long sinceJvmStart = System.currentTimeMillis()
                    - ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
            // CPU time of this thread alone: much less disturbed than wall time by other processes on the machine.
            long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            System.err.printf("engine %d ms, read %d ms, audit %d ms, JVM start to report %d ms, main thread CPU %d ms%n",
                    (built - start) / 1_000_000, (read - built) / 1_000_000, (audited - read) / 1_000_000, sinceJvmStart,
                    mainCpu / 1_000_000);
        }
    }
}
