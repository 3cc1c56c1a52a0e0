package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.SampleCase;

/**
 * Runs the {@code sos-qa} launcher the build writes beside the jar, as a user would: it must give the same
 * report as {@code java -jar}, start the JVM from the class-data sharing archive the build recorded, and
 * print nothing extra when the archive does not fit (here, after the files are moved).
 */
class LauncherIT {

    private static final ObjectMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static Path launcher;
    private static Path sample;

    @TempDir
    static Path dir;

    @BeforeAll
    static void findLauncher() throws IOException {
        String property = System.getProperty("sosqa.launcher");
        assertNotNull(property, "system property sosqa.launcher (set by the failsafe configuration)");
        launcher = Path.of(property);
        assertTrue(Files.isExecutable(launcher), "no executable launcher at " + launcher);
        assertTrue(Files.isRegularFile(launcher.resolveSibling("sos-qa.jsa")), "no class-data archive beside " + launcher);
        sample = dir.resolve("sample.json");
        try (InputStream in = SampleCase.class.getResourceAsStream(SampleCase.RESOURCE)) {
            Files.copy(in, sample);
        }
    }

    private static ProcessRun run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(env);
        // The Java that runs the build made the archive; the launcher must run the same one to use it.
        all.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return ProcessRun.of(command, all, "", 2);
    }

    private static ProcessRun audit(Path script, Map<String, String> env) throws IOException, InterruptedException {
        return run(List.of(script.toString(), "audit", "--format", "json", sample.toString()), env);
    }

    @Test
    void givesTheSameReportAsTheJarAndStartsFromTheArchive() throws Exception {
        Path classLog = dir.resolve("classes.log");
        ProcessRun viaLauncher = audit(launcher, Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog));
        assertEquals(0, viaLauncher.exitCode(), viaLauncher.err());
        assertEquals("", viaLauncher.err());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessRun viaJar = run(List.of(java, "-jar", launcher.resolveSibling("sos-qa.jar").toString(), "audit", "--format",
                "json", sample.toString()), Map.of());
        assertEquals(0, viaJar.exitCode(), viaJar.err());
        assertEquals(STRICT.readTree(viaJar.out()), STRICT.readTree(viaLauncher.out()));

        // The library's own classes come from the archive's top (application) layer, not from the jar.
        List<String> engineClasses = Files.readAllLines(classLog).stream()
                .filter(line -> line.contains(" org.sosqa.rules.AuditEngine ")).toList();
        assertEquals(1, engineClasses.size(), String.join("\n", engineClasses));
        assertTrue(engineClasses.get(0).contains("shared objects file (top)"), engineClasses.get(0));
    }

    @Test
    void anArchiveThatDoesNotFitIsIgnoredQuietly() throws Exception {
        Path moved = Files.createDirectories(dir.resolve("moved"));
        for (String name : List.of("sos-qa", "sos-qa.jar", "sos-qa.jsa")) {
            Files.copy(launcher.resolveSibling(name), moved.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        ProcessRun run = audit(moved.resolve("sos-qa"), Map.of());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        JsonNode report = STRICT.readTree(run.out());
        assertEquals("OUTSTANDING", report.path("reports").path(0).path("grade").asText(), run.out());
    }
}
