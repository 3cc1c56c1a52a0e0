package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;

class ReportCommandTest {

    @Test
    void anOrganisationsOwnCasesGiveTheReportForTheLatestDayInThem(@TempDir Path dir) throws IOException {
        Path cases = Files.writeString(dir.resolve("sample.json"), SosQaJson.toJson(SampleCase.record()));
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("report", cases.toString(), "--out", out.toString(), "--name", "Our council", "--quiet");
        run.assertExit(0);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("Our council", json.path("organisation").path("name").asText());
        assertFalse(json.path("organisation").path("synthetic").asBoolean(), "real data is not called synthetic");
        // The sample case's latest date is its second map, 12 May 2026 (sample-case.json).
        assertEquals("2026-05-12", json.path("depth").path("day").asText());
        assertEquals(1, json.path("depth").path("casesAudited").asInt());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(Files.readString(out.resolve("index.html")).contains("Synthetic demonstration data"));
    }

    @Test
    void anInvalidCaseIsListedAndLeftOutAndTheRestReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), SosQaJson.toJson(SampleCase.record()));
        Files.writeString(dir.resolve("b.json"), "{\"schemaVersion\":\"1.0\",\"id\":\"x\"}");
        Cli.Run run = Cli.run("report", dir.resolve("a.json").toString(), dir.resolve("b.json").toString(),
                "--out", dir.resolve("out").toString(), "--quiet");
        run.assertExit(Main.EXIT_FAILED);
        assertTrue(run.err().contains("b.json: not a valid case, left out"), run::toString);
        assertTrue(run.out().contains("1 cases reported on, 1 left out"), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void aDateThatIsNotADateIsAUsageError(@TempDir Path dir) throws IOException {
        Path cases = Files.writeString(dir.resolve("sample.json"), SosQaJson.toJson(SampleCase.record()));
        Cli.Run run = Cli.run("report", cases.toString(), "--date", "31/03/2026");
        run.assertExit(Main.EXIT_USAGE);
        assertTrue(run.err().contains("--date is YYYY-MM-DD"), run::toString);
    }
}
