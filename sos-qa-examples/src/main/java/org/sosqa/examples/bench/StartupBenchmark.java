package org.sosqa.examples.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sosqa.examples.startup.EmptyMain;
import org.sosqa.examples.startup.FirstAudit;

/**
 * Goal 1: from JVM start to the first audit report with the default rules. Each operation starts a new
 * JVM ({@code java -cp CLASSPATH MAIN}) and waits for it to exit: {@code firstAudit} builds the engine,
 * reads the sample with {@code SosQaJson} and audits it ({@link FirstAudit}); the baseline
 * {@code emptyMain} starts a JVM on the same class path and returns at once ({@link EmptyMain}).
 *
 * <p>{@code -p classpath=...} chooses what to run: by default the runnable {@code sos-qa.jar}
 * (looked for in {@code sos-qa-examples/target} and {@code target}); any class path works, for example
 * the modules' own jars. {@code -p jvmArgs="..."} adds options to the started JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class StartupBenchmark {

    /** The class path of the started JVM; empty for the runnable sos-qa.jar. */
    @Param({""})
    public String classpath;

    /** Extra options for the started JVM, separated by spaces. */
    @Param({""})
    public String jvmArgs;

    private String java;
    private String cp;

    @Setup
    public void setUp() {
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        cp = classpath.isEmpty() ? shadedJar() : classpath;
    }

    static String shadedJar() {
        for (String candidate : List.of(System.getProperty("sosqa.jar", ""), "sos-qa-examples/target/sos-qa.jar", "target/sos-qa.jar")) {
            if (!candidate.isEmpty() && Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().toString();
            }
        }
        throw new IllegalStateException("sos-qa.jar not found: build it (mvn -B package -DskipTests) and run the"
                + " benchmarks from the project root, or pass -p classpath=PATH or -Dsosqa.jar=PATH");
    }

    @Benchmark
    public int emptyMain() throws IOException, InterruptedException {
        return run(EmptyMain.class.getName());
    }

    @Benchmark
    public int firstAudit() throws IOException, InterruptedException {
        return run(FirstAudit.class.getName());
    }

    private int run(String mainClass) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        if (!jvmArgs.isBlank()) {
            command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", cp, mainClass));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(new File(System.getProperty("java.io.tmpdir"), "sos-qa-startup-bench.err")))
                .start();
        process.getOutputStream().close();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(mainClass + " exited with " + exit + "; see "
                    + System.getProperty("java.io.tmpdir") + "/sos-qa-startup-bench.err");
        }
        return exit;
    }
}
