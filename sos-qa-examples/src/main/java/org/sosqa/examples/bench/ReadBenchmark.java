package org.sosqa.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sosqa.core.CaseReader;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.ValidationResult;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;

/**
 * Goal 3: reading and validating a document, against reading, validating and auditing it, over the same
 * 64 seeded variations of the sample (compact JSON, about 9 KB each), taken in turn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadBenchmark {

    /** The documents and the engine, shared. */
    @State(Scope.Benchmark)
    public static class Shared {
        List<byte[]> documents;
        CaseReader reader;
        AuditEngine engine;

        @Setup
        public void setUp() {
            documents = Cases.documents(64, 42);
            reader = SosQaJson.reader();
            engine = AuditEngine.withDefaultRules();
        }
    }

    /** Each thread's place in the documents. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        byte[] take(List<byte[]> documents) {
            byte[] doc = documents.get(next);
            next = (next + 1) % documents.size();
            return doc;
        }
    }

    @Benchmark
    public ValidationResult readAndValidate(Shared shared, Cursor cursor) {
        return shared.reader.check(cursor.take(shared.documents));
    }

    @Benchmark
    public AuditReport readValidateAndAudit(Shared shared, Cursor cursor) {
        return shared.engine.audit(shared.reader.check(cursor.take(shared.documents)).orElseThrow("benchmark"));
    }
}
