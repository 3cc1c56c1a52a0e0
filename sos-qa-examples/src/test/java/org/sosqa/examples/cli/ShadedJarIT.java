package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar, target/sos-qa.jar, in a JVM of its own, exactly as a user would: a merged jar can
 * lose what the engine needs (service files, kmodule.xml, the executable model) while every module's own
 * tests still pass.
 */
class ShadedJarIT {

    private static final ObjectMapper STRICT = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static Path jar;

    @TempDir
    static Path dir;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("sosqa.jar");
        assertNotNull(property, "system property sosqa.jar (set by the failsafe configuration)");
        jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), "no shaded jar at " + jar);
    }

    private static ProcessRun run(String... args) throws IOException, InterruptedException {
        return runWithInput("", args);
    }

    private static ProcessRun runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return ProcessRun.of(command, Map.of(), stdin, 2);
    }

    private static void assertNoStackTrace(ProcessRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        assertFalse(run.out().contains("\tat ") || run.out().contains("Exception"), run.out());
    }

    private static JsonNode json(ProcessRun run) {
        try {
            return STRICT.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("stdout is not exactly one JSON document: " + run, e);
        }
    }

    private static Path sampleFile() throws Exception {
        ProcessRun sample = run("sample");
        assertEquals(0, sample.exitCode(), sample::toString);
        assertEquals("", sample.err());
        return Files.writeString(dir.resolve("sample-case.json"), sample.out(), StandardCharsets.UTF_8);
    }

    @Test
    void sampleThenValidatePassesAndAnInvalidDocumentFails() throws Exception {
        Path sample = sampleFile();

        ProcessRun valid = run("validate", sample.toString());
        assertEquals(0, valid.exitCode(), valid::toString);
        assertTrue(valid.out().contains("sample-case.json: valid"), valid::toString);
        assertEquals("", valid.err());

        Path invalid = Files.writeString(dir.resolve("invalid.json"),
                Files.readString(sample).replace("\"CHILD_PROTECTION\"", "\"NO_SUCH_STAGE\""), StandardCharsets.UTF_8);
        ProcessRun bad = run("validate", "--format", "json", invalid.toString());
        assertEquals(1, bad.exitCode(), bad::toString);
        JsonNode entry = json(bad).get("files").get(0);
        assertFalse(entry.get("valid").asBoolean());
        assertEquals("/serviceStage", entry.get("violations").get(0).get("path").asText());
        assertNoStackTrace(bad);
    }

    @Test
    void auditOfTheSampleRunsThePrecompiledRules() throws Exception {
        Path sample = sampleFile();

        ProcessRun text = run("audit", sample.toString());
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().startsWith(sample + ": case-0001  "), text::toString);
        assertTrue(text.out().contains("Rule pack sosqa-default"), text::toString);
        assertEquals("", text.err());

        ProcessRun json = run("audit", "--format", "json", sample.toString());
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode report = json(json).get("reports").get(0);
        assertEquals("case-0001", report.get("caseId").asText());
        assertTrue(report.get("findings").size() > 10, report::toString);
        assertTrue(report.get("findings").findValuesAsText("rule").contains("depth.danger.present"), report::toString);
        assertEquals("sosqa-default", report.get("rulePack").get("id").asText());
    }

    @Test
    void accreditationAssessRunsThePrecompiledCriteria() throws Exception {
        Path example = Path.of("accreditation", "self-assessment.json").toAbsolutePath();
        ProcessRun json = run("accreditation", "assess", example.toString(), "--format", "json");
        assertEquals(0, json.exitCode(), json::toString);
        assertNoStackTrace(json);
        JsonNode result = json(json);
        assertEquals("SILVER", result.get("level").asText());
        assertEquals("GOLD", result.get("nextLevel").get("level").asText());
        assertEquals("sosqa-accreditation", result.get("criteriaPacks").get(0).get("id").asText());
    }

    @Test
    void checkStatementGivesFeaturesJargonAndFindings() throws Exception {
        ProcessRun run = runWithInput("Domestic violence and alcohol misuse by father.", "check-statement", "--kind", "danger", "--format", "json", "-");

        assertEquals(0, run.exitCode(), run::toString);
        JsonNode json = json(run);
        assertEquals("danger", json.get("kind").asText());
        assertFalse(json.get("features").get("whoIsWorried").asBoolean());
        assertEquals("domestic violence", json.get("jargon").get(0).asText());
        assertTrue(json.get("findings").size() > 0, json::toString);

        ProcessRun text = run("check-statement", "--kind", "danger", "Domestic violence and alcohol misuse by father.");
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("✗ who is worried"), text::toString);
        assertTrue(text.out().contains("^^^^"), text::toString);
    }

    @Test
    void anUnknownOptionExitsTwoWithAMessageAndNoStackTrace() throws Exception {
        ProcessRun run = run("--no-such-option");

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownOptionOfASubcommandExitsTwo() throws Exception {
        ProcessRun run = run("audit", "--no-such-option", "x.json");

        assertEquals(2, run.exitCode(), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void noCommandExitsTwo() throws Exception {
        ProcessRun run = run();

        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("Missing command"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void theJarCarriesWhatTheEngineNeeds() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertNotNull(zip.getEntry("META-INF/kmodule.xml"));
            assertNotNull(zip.getEntry("META-INF/kie/org.sosqa/sos-qa-rules/drools-model"));

            // Drools takes the kjar's ReleaseId from the first pom.properties in the jar.
            List<String> pomProperties = zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("pom.properties")).toList();
            assertEquals(List.of("META-INF/maven/org.sosqa/sos-qa-rules/pom.properties"), pomProperties);

            // Two jars ship this service file; both lines must survive the merge.
            String suppliers = new String(zip.getInputStream(
                    zip.getEntry("META-INF/services/org.drools.wiring.api.ComponentsSupplier")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(suppliers.contains("org.drools.wiring.statics.StaticComponentsSupplier"), suppliers);
            assertTrue(suppliers.contains("org.drools.wiring.dynamic.DynamicComponentsSupplier"), suppliers);

            assertTrue(zip.stream().map(ZipEntry::getName).noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")),
                    "signature files must not be copied into the merged jar");
        }
    }
}
