package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void demoWritesTheReportAndTheSameSeedGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Cli.Run run = Cli.run("demo", "--out", first.toString(), "--quiet");
        run.assertExit(0);
        assertEquals("", run.err(), "--quiet, and no warnings");
        assertTrue(run.out().contains("Wrote index.html, report.json"), run::toString);
        Cli.run("demo", "--out", second.toString(), "--quiet").assertExit(0);

        JsonNode json = new ObjectMapper().readTree(first.resolve("report.json").toFile());
        assertEquals(List.of("organisation", "depth", "breadth", "familySurvey", "staffSurvey", "coreData",
                "accreditation", "appreciativeInquiry", "leadership"), Cli.keys(json));
        assertTrue(json.path("organisation").path("children").asInt() >= 2000);
        // The streams that have landed carry their own figures; the others say they are not yet available.
        assertTrue(json.path("appreciativeInquiry").path("available").asBoolean());
        assertTrue(json.path("appreciativeInquiry").path("inquiries").asInt() > 0);
        assertTrue(json.path("leadership").path("available").asBoolean());
        assertTrue(json.path("leadership").path("time").path("records").asInt() > 0);
        assertTrue(json.path("familySurvey").path("available").asBoolean());
        assertTrue(json.path("staffSurvey").path("byTeam").path("respondents").path("count").asInt() > 0);
        // Accreditation is assessed from the cycle's own evidence: three cycles, and a level with what is missing.
        assertEquals(3, json.path("accreditation").path("cycles").size());
        assertTrue(List.of("NONE", "BRONZE", "SILVER", "GOLD").contains(json.path("accreditation").path("level").asText()));
        assertTrue(json.path("accreditation").path("nextLevel").has("missing"));

        List<Path> files = files(first);
        assertTrue(files.size() > 5, files::toString);
        assertEquals(files, files(second));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f.toString());
        }
    }

    @Test
    void anOutThatIsAFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Cli.Run run = Cli.run("demo", "--out", file.toString(), "--quiet");
        run.assertExit(Main.EXIT_USAGE);
        assertTrue(run.err().contains("--out must be a folder"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void aSeedThatIsNotANumberIsAUsageError() {
        Cli.Run run = Cli.run("demo", "--seed", "many");
        run.assertExit(Main.EXIT_USAGE);
        run.assertNoStackTrace();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
