package org.sosqa.examples.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
            System.err.printf("engine %d ms, read %d ms, audit %d ms, JVM start to report %d ms%n",
                    (built - start) / 1_000_000, (read - built) / 1_000_000, (audited - read) / 1_000_000, sinceJvmStart);
        }
    }
}
