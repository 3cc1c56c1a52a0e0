package org.sosqa.examples.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sosqa.core.SampleCase;
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
 *
 * <p>Also the command line's first report, {@code sos-qa audit SAMPLE}: {@code launcherAudit} through the
 * {@code sos-qa} launcher the build writes beside the jar (class-data sharing archive, client compiler),
 * {@code jarAudit} through {@code java -jar sos-qa.jar} with default options, on the same sample file.
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
    private Path sample;

    @Setup
    public void setUp() throws IOException {
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        cp = classpath.isEmpty() ? shadedJar() : classpath;
        sample = Files.createTempFile("sos-qa-startup", ".json");
        try (InputStream in = SampleCase.class.getResourceAsStream(SampleCase.RESOURCE)) {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(sample);
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

    @Benchmark
    public int launcherAudit() throws IOException, InterruptedException {
        Path launcher = Path.of(shadedJar()).resolveSibling("sos-qa");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no launcher at " + launcher + ": build with mvn -B package");
        }
        return start(List.of(launcher.toString(), "audit", sample.toString()), "sos-qa audit");
    }

    @Benchmark
    public int jarAudit() throws IOException, InterruptedException {
        return start(List.of(java, "-jar", shadedJar(), "audit", sample.toString()), "java -jar sos-qa.jar audit");
    }

    private int run(String mainClass) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        if (!jvmArgs.isBlank()) {
            command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", cp, mainClass));
        return start(command, mainClass);
    }

    private static int start(List<String> command, String what) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(new File(System.getProperty("java.io.tmpdir"), "sos-qa-startup-bench.err")))
                .start();
        process.getOutputStream().close();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(what + " exited with " + exit + "; see "
                    + System.getProperty("java.io.tmpdir") + "/sos-qa-startup-bench.err");
        }
        return exit;
    }
}
