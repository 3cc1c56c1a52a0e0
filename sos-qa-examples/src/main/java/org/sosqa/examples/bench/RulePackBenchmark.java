package org.sosqa.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Rule packs: a local pack of 20 rules and two decision tables is ready within 5 s. Each fork is a new
 * JVM and each measurement the first build in it (no warm-up), as an application would meet it at
 * start-up. {@code engineWithPack} builds the default rules plus the pack, compiling the pack's own
 * files at runtime; the baseline {@code defaultEngine} builds the default rules alone (precompiled).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class RulePackBenchmark {
    private Path pack;

    @Setup
    public void setUp() {
        pack = twentyRulesAndTwoTables();
    }

    @Benchmark
    public AuditEngine defaultEngine() {
        return AuditEngine.withDefaultRules();
    }

    @Benchmark
    public AuditEngine engineWithPack() {
        return AuditEngine.builder().defaultRules().rulePack(pack).build();
    }

    /** A pack like a local authority's: 20 DRL rules in four files and two decision tables of three rows. */
    static Path twentyRulesAndTwoTables() {
        try {
            Path dir = Files.createTempDirectory("sosqa-bench-pack");
            Files.writeString(dir.resolve("pack.json"),
                    "{\"id\":\"bench\",\"version\":\"1\",\"extendsPack\":\"sosqa-default\"}");
            Files.createDirectories(dir.resolve("rules"));
            String[] criteria = {"danger.present", "goal.sustained", "voice.own-words", "plan.reviewed"};
            for (int file = 0; file < 4; file++) {
                StringBuilder drl = new StringBuilder("package org.sosqa.rules.bench" + file + ";\n"
                        + "import org.sosqa.rules.StatementKind;\nimport org.sosqa.rules.facts.*;\n\n");
                for (int r = 0; r < 5; r++) {
                    drl.append("rule \"bench.r").append(file).append('.').append(r).append("\"\n")
                            .append("    @criterion(\"").append(criteria[file]).append("\")\nwhen\n")
                            .append("    $audit : Audit()\n")
                            .append("    $s : StatementFact(kind == StatementKind.GOAL, words > ").append(r * 3).append(")\n")
                            .append("then\n    $audit.check($s.path(), $s.has(\"sustainPeriod\"), $s.sustainPeriod());\nend\n\n");
                }
                Files.writeString(dir.resolve("rules/bench" + file + ".drl"), drl);
            }
            for (int table = 0; table < 2; table++) {
                Files.writeString(dir.resolve("rules/table" + table + ".drl.csv"), String.join("\n",
                        "RuleSet,org.sosqa.rules.benchtable" + table + ",,,",
                        "Import,\"org.sosqa.rules.facts.Audit, org.sosqa.rules.facts.ChildFact\",,,",
                        ",,,,",
                        "RuleTable Ages,,,,",
                        "NAME,METADATA,CONDITION,ACTION,",
                        ",,$audit : Audit() $child : ChildFact,,",
                        ",\"criterion(\"\"$param\"\")\",\"age >= $1 && age <= $2\",\"$audit.check($child.path(), $child.$param());\",",
                        "Rule,Criterion,Ages,Must have,",
                        "bench.t" + table + ".a,voice.words-and-pictures,\"2,3\",wordsAndPictures,",
                        "bench.t" + table + ".b,voice.tools-used,\"3,3\",toolWork,",
                        "bench.t" + table + ".c,voice.own-words,\"4,17\",ownWords,", ""));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
