package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.rules.internal.pack.DecisionTables;

/** The rule author's commands, and audits with a local pack, on the worked example pack. */
class RulesCommandTest {
    static final Path EXAMPLE = Path.of("packs", "example-local-authority");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path brokenPack() throws IOException {
        Path pack = dir.resolve("broken");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.json"), "{\"id\":\"broken\",\"version\":\"1\"}");
        Files.writeString(pack.resolve("table.csv"), "RuleSet,x\n");
        return pack;
    }

    @Test
    void theExamplePackChecksClean() throws IOException {
        Cli.Run run = Cli.run("rules", "check", "--format", "json", EXAMPLE.toString());
        run.assertExit(0);
        JsonNode json = JSON.readTree(run.out());
        assertTrue(json.path("valid").asBoolean(), run::toString);
        assertEquals(0, json.path("problems").size());
    }

    @Test
    void aBrokenPackIsReportedWithItsFile() throws IOException {
        Cli.Run run = Cli.run("rules", "check", "--format", "json", brokenPack().toString());
        run.assertExit(Main.EXIT_FAILED);
        JsonNode problem = JSON.readTree(run.out()).path("problems").get(0);
        assertEquals("table.csv", problem.path("file").asText());
        assertTrue(problem.path("line").isNull());
        assertTrue(problem.path("message").asText().contains("table.drl.csv"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void theExamplePacksGoldenCasesPass() throws IOException {
        Cli.Run run = Cli.run("rules", "test", "--format", "json", EXAMPLE.toString());
        run.assertExit(0);
        JsonNode json = JSON.readTree(run.out());
        assertEquals(4, json.path("passed").asInt(), run::toString);
        assertEquals(0, json.path("failed").asInt());
    }

    @Test
    void aGoldenCaseThatDiffersIsShown() throws IOException {
        Path pack = dir.resolve("copy");
        copy(EXAMPLE, pack);
        Path golden = pack.resolve("golden/goal-in-jargon.json");
        Files.writeString(golden, Files.readString(golden).replaceFirst("\"grade\"\\s*:\\s*\"GOOD\"", "\"grade\": \"INADEQUATE\""));
        Cli.Run run = Cli.run("rules", "test", pack.toString());
        run.assertExit(Main.EXIT_FAILED);
        assertTrue(run.out().contains("FAILED golden/goal-in-jargon.json"), run::toString);
        assertTrue(run.out().contains("grade: expected INADEQUATE, got GOOD"), run::toString);
        assertTrue(run.out().contains("3 passed, 1 failed"), run::toString);
    }

    @Test
    void diffShowsTheGradeMigrationsTheCandidateWouldCause() throws IOException {
        Path cases = dir.resolve("cases");
        Files.createDirectories(cases);
        for (String name : new String[] {"sample-good-practice", "goal-in-jargon", "three-year-old-unheard"}) {
            JsonNode golden = JSON.readTree(EXAMPLE.resolve("golden/" + name + ".json").toFile());
            Files.writeString(cases.resolve(name + ".json"), golden.get("case").toString());
        }
        Cli.Run run = Cli.run("rules", "diff", "--format", "json", "--candidate", EXAMPLE.toString(), cases.toString());
        run.assertExit(0);
        JsonNode json = JSON.readTree(run.out());
        assertEquals(3, json.path("cases").asInt());
        // Worked out from the golden cases: under the defaults all three are OUTSTANDING (one goal or a
        // three-year-old's voice does not move the score below 8); the example's local limit caps the
        // jargon goals at GOOD; the other two stay OUTSTANDING.
        assertEquals(1, json.path("changed").asInt(), run::toString);
        JsonNode migration = json.path("migrations").get(0);
        assertEquals("OUTSTANDING", migration.path("from").asText());
        assertEquals("GOOD", migration.path("to").asText());
        assertEquals(1, migration.path("count").asInt());
        assertTrue(json.path("criteria").size() > 0, "criteria moved: " + run);

        // --quiet only silences progress, which never shows off a terminal: the same document either way.
        Cli.Run quiet = Cli.run("rules", "diff", "-q", "--format", "json", "--candidate", EXAMPLE.toString(), cases.toString());
        quiet.assertExit(0);
        assertEquals(run.out(), quiet.out());
        assertEquals("", quiet.err(), quiet::toString);
    }

    @Test
    void anAuditWithTheExamplePackNamesBothPacks() throws IOException {
        Path file = Cases.write(dir, "sample-case.json", Cases.sample());
        Cli.Run run = Cli.run("audit", "--format", "json", "--rules", EXAMPLE.toString(), file.toString());
        run.assertExit(0);
        JsonNode report = JSON.readTree(run.out()).path("reports").get(0);
        assertEquals("example-local-authority", report.path("rulePack").path("id").asText());
        assertEquals("sosqa-default", report.path("rulePacks").get(0).path("id").asText());
        assertEquals(64, report.path("rulePack").path("sha256").asText().length());
    }

    @Test
    void anAuditWithABrokenPackAuditsNothingAndSaysWhy() throws IOException {
        Path file = Cases.write(dir, "sample-case.json", Cases.sample());
        Cli.Run run = Cli.run("audit", "--rules", brokenPack().toString(), file.toString());
        run.assertExit(Main.EXIT_FAILED);
        assertTrue(run.err().contains("table.csv"), run::toString);
        assertEquals("", run.out());
        run.assertNoStackTrace();
    }

    @Test
    void theExampleDecisionTableBecomesTheDrlInItsGoldenFile() throws IOException {
        String drl = DecisionTables.drlOf(EXAMPLE.resolve("rules/young-children.drl.csv"));
        Path golden = Path.of("src/test/resources/golden/young-children.drl");
        if (Boolean.getBoolean("sosqa.updateGolden")) {
            Files.writeString(golden, drl);
        }
        assertEquals(Files.readString(golden), drl,
                "regenerate with -Dsosqa.updateGolden=true after a deliberate change to the table");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
