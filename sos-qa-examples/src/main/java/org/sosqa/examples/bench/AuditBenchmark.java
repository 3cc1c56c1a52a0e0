package org.sosqa.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.internal.DefaultKieBase;
import org.sosqa.rules.internal.audit.CaseFacts;
import org.sosqa.rules.internal.audit.SafetyWording;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

/**
 * Goal 2: audits a second of the sample case, already read, on two threads sharing one engine, with the
 * JDK's default collector (G1) and, in a fork of its own, with the parallel collector that embedding.md
 * suggests for batch jobs. The baselines in the same run: deriving the facts only (statement analysis
 * included), and executing an empty stateless session of the same KieBase.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(2)
@State(Scope.Benchmark)
public class AuditBenchmark {

    private AuditEngine engine;
    private CaseRecord record;
    private CaseFacts facts;
    private KieBase kieBase;

    @Setup
    public void setUp() {
        engine = AuditEngine.withDefaultRules();
        record = SampleCase.record();
        facts = new CaseFacts(StatementAnalyzer.english(), Parameters.defaults(), SafetyWording.english());
        kieBase = DefaultKieBase.get().kieBase();
    }

    @Benchmark
    public AuditReport audit() {
        return engine.audit(record);
    }

    /**
     * The same audit in a JVM running the parallel collector ({@code -XX:+UseParallelGC}), which a batch
     * job that cares only for throughput may choose (embedding.md): it does less work at each store of a
     * reference than G1, and it gave more audits a second in interleaved runs (performance.md, goal 2).
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
    public AuditReport auditParallelCollector() {
        return engine.audit(record);
    }

    @Benchmark
    public List<Object> deriveFacts() {
        return facts.derive(record);
    }

    @Benchmark
    public void emptySession() {
        kieBase.newStatelessKieSession().execute(List.of());
    }
}
