package org.sosqa.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding examples never log case text (design.md: identifiers and counts only). The probe runs in
 * a JVM of its own so that slf4j-simple starts at DEBUG for every logger and writes to standard error,
 * whatever other tests in this JVM did to logging first.
 */
class NoCaseTextInEmbeddingLogsTest {

    @TempDir
    Path dir;

    @Test
    void theNightlyJobAndLiveFeedbackLogIdsAndCountsOnly() throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-Dorg.slf4j.simpleLogger.logFile=System.err",
                "-Dorg.jboss.logging.provider=slf4j",
                "-cp", System.getProperty("java.class.path"),
                EmbeddingLogProbe.class.getName());
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
        assertTrue(marked > 100, "the seeded rows carry the marker in their free texts: " + marked);

        List<String> lines = log.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains(" DEBUG ") && l.contains("NightlyAuditJob")),
                "the job's DEBUG lines were captured, so this test can see what is logged there:\n" + tail(log));
        assertTrue(lines.stream().anyMatch(l -> l.contains("case C-0013 not audited: 2 problems")), tail(log));
        assertTrue(lines.stream().anyMatch(l -> l.contains("not audited: rule ")), tail(log));
        List<String> leaks = lines.stream().filter(l -> l.contains(EmbeddingLogProbe.MARKER)).toList();
        assertEquals(List.of(), leaks, "case text reached the log (" + lines.size() + " lines)");
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : "..." + log.substring(log.length() - 4000);
    }
}
