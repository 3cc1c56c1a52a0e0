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
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.StatementReport;
import org.sosqa.rules.internal.statement.StatementAnalysis;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

/**
 * Goal 4: the latency of one live statement check, as percentiles (sample-time mode), over the sample's
 * harm, danger and goal statements and longer ones made from them, taken in turn. The baseline in the
 * same run: the statement analysis alone, without the rules.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class StatementBenchmark {

    private AuditEngine engine;
    private StatementAnalyzer analyzer;
    private List<Cases.Statement> statements;
    private int next;

    @Setup
    public void setUp() {
        engine = AuditEngine.withDefaultRules();
        analyzer = StatementAnalyzer.english();
        statements = Cases.statements();
    }

    private Cases.Statement take() {
        Cases.Statement s = statements.get(next);
        next = (next + 1) % statements.size();
        return s;
    }

    @Benchmark
    public StatementReport checkStatement() {
        Cases.Statement s = take();
        return engine.checkStatement(s.kind(), s.text());
    }

    @Benchmark
    public StatementAnalysis analyzeOnly() {
        Cases.Statement s = take();
        return analyzer.analyze(s.kind(), s.text());
    }
}
