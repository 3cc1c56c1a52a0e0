package org.sosqa.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library never logs case text (design.md: identifiers and counts only). {@link LogProbe} runs in a
 * JVM of its own so that SLF4J's simple backend starts at DEBUG for every logger (Drools included) and
 * writes to standard error, whatever other tests in this JVM did to logging first. Everything it writes
 * to standard error is checked for the marker it put in every free text of the case.
 */
class NoCaseTextInAuditLogsTest {

    @TempDir
    Path dir;

    @Test
    void buildingEnginesAuditingAndCheckingStatementsLogNoCaseText() throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-Dorg.slf4j.simpleLogger.logFile=System.err",
                "-cp", System.getProperty("java.class.path"),
                LogProbe.class.getName());
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        // A guard against a hung child only, not a measure of speed.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the log probe did not finish");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "the probe failed:\n" + stdout + "\n" + tail(log));
        assertTrue(stdout.contains("probe done"), stdout);
        int marked = Integer.parseInt(stdout.replaceAll("(?s).*marked texts: (\\d+).*", "$1"));
        assertTrue(marked > 30, "the probe's case carries the marker in its free texts: " + marked);

        List<String> lines = log.lines().toList();
        long debug = lines.stream().filter(l -> l.contains(" DEBUG ")).count();
        assertTrue(debug > 0, "the log was captured at DEBUG, so this test can see what is logged there:\n" + tail(log));
        List<String> leaks = lines.stream().filter(l -> l.contains(LogProbe.MARKER)).toList();
        assertEquals(List.of(), leaks, "case text reached the log (" + lines.size() + " lines, " + debug + " at DEBUG)");
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : "..." + log.substring(log.length() - 4000);
    }
}
