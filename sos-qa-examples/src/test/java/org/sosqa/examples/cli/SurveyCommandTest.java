package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code survey score}, {@code survey compare} and {@code survey instrument} through {@code Main.execute}. */
class SurveyCommandTest {

    @TempDir
    Path dir;

    /**
     * Five north respondents all agreeing (4s), two south. Family scale of six items: north scores 75.0 each;
     * south gives 2s, 25.0 each. Total over 7: (5 x 75 + 2 x 25) / 7 = 425 / 7 = 60.71.., 60.7.
     */
    private Path responses() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            int r = i <= 5 ? 4 : 2;
            String team = i <= 5 ? "north" : "south";
            sb.append("{\"respondent\": \"p").append(i).append("\", \"team\": \"").append(team)
                    .append("\", \"cycle\": \"2026-Q1\", \"answers\": {\"f1\": ").append(r).append(", \"f2\": ").append(r)
                    .append(", \"f3\": ").append(r).append(", \"f4\": ").append(r).append(", \"f5\": ").append(r)
                    .append(", \"f6\": ").append(r).append(", \"f7\": ").append(i).append(", \"f8\": \"Private words ")
                    .append(i).append("\"}}\n");
        }
        Path file = dir.resolve("family.jsonl");
        Files.writeString(file, sb.toString());
        return file;
    }

    private static JsonNode result(JsonNode doc, String measure) {
        for (JsonNode r : doc.get("results")) {
            if (r.get("measure").asText().equals(measure)) {
                return r;
            }
        }
        throw new AssertionError("no " + measure);
    }

    @Test
    void scoreGivesOneJsonDocumentWithTheDocumentedKeys() throws IOException {
        Cli.Run run = Cli.run("survey", "score", responses().toString(), "--by", "team", "--format", "json");
        run.assertExit(0);
        JsonNode doc = run.json();
        Cli.assertHasKeys(doc, "instrument", "threshold", "stratifiers", "respondents", "results", "freeText", "rejected");
        assertEquals("family", doc.get("instrument").get("id").asText());
        assertEquals(7, doc.get("respondents").get("count").asInt());
        JsonNode score = result(doc, "scale.family-experience.score");
        Cli.assertHasKeys(score, "measure", "title", "kind", "count", "value", "suppressed", "strata");
        assertEquals("mean", score.get("kind").asText());
        assertEquals("60.7", score.get("value").decimalValue().toPlainString());
        JsonNode agreeing = result(doc, "scale.family-experience.agreeing");
        assertEquals(5, agreeing.get("numerator").asInt());
        assertEquals("71.4", agreeing.get("value").decimalValue().toPlainString(), "5 of 7");
        // south has 2: hidden, and north with it, or south would be 7 - 5
        for (JsonNode s : score.get("strata").get("team")) {
            assertTrue(s.get("suppressed").asBoolean(), s.toString());
            assertTrue(s.get("value").isNull() && s.get("count").isNull(), "suppressed, never zero: " + s);
        }
        assertEquals(1 + 2 + 3 + 4 + 5 + 6 + 7, 28);
        assertEquals("4.0", result(doc, "item.f7.mean").get("value").decimalValue().toPlainString(), "28 / 7");
        assertEquals(7, doc.get("freeText").get(0).get("answered").asInt());
        assertTrue(!run.out().contains("Private words"), "free text is never printed");
    }

    @Test
    void theSameInputGivesByteIdenticalJson() throws IOException {
        Path file = responses();
        String first = Cli.run("survey", "score", file.toString(), "--by", "team", "--by", "cycle", "--format", "json").out();
        String second = Cli.run("survey", "score", file.toString(), "--by", "team", "--by", "cycle", "--format", "json").out();
        assertEquals(first, second);
    }

    @Test
    void aBadResponseIsListedWithItsLineAndTheRestScored() throws IOException {
        Path file = responses();
        Files.writeString(file, Files.readString(file) + "{\"respondent\": \"p8\", \"answers\": {\"f1\": 9}}\n");
        Cli.Run run = Cli.run("survey", "score", file.toString(), "--format", "json");
        run.assertExit(1);
        run.assertNoStackTrace();
        JsonNode doc = run.json();
        assertEquals(7, doc.get("respondents").get("count").asInt());
        JsonNode bad = doc.get("rejected").get(0);
        assertEquals(file + ":8", bad.get("source").asText());
        assertEquals("/answers/f1", bad.get("violations").get(0).get("path").asText());
    }

    @Test
    void aBadInstrumentFileIsReportedWithPointers() throws IOException {
        Path instrument = dir.resolve("own.json");
        Files.writeString(instrument, "{\"id\": \"own\", \"version\": \"1\", \"title\": \"Own\", \"items\": [{\"id\": \"q1\", \"text\": \"Q\", \"type\": \"likert-9\"}]}");
        Cli.Run run = Cli.run("survey", "score", responses().toString(), "--instrument", instrument.toString(), "--format", "json");
        run.assertExit(1);
        run.assertNoStackTrace();
        assertEquals("/items/0/type", run.json().get("instrument").get("violations").get(0).get("path").asText());
        assertTrue(run.err().contains("/items/0/type"), run.err());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Cli.run("survey", "score", dir.resolve("none.json").toString()).assertExit(2);
        Cli.run("survey", "score", responses().toString(), "--threshold", "3").assertExit(2);
        Cli.run("survey", "score", responses().toString(), "--by", "worker").assertExit(2);
        Cli.run("survey", "instrument", "parents").assertExit(2);
    }

    @Test
    void sharedFiguresOfSeveralOrganisationsAreCompared() throws IOException {
        Path file = responses();
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Cli.run("survey", "score", file.toString(), "--share", a.toString(), "--organisation", "Ashdown").assertExit(0);
        // a second organisation: everyone at 2, so a score of 25.0
        Files.writeString(file, Files.readString(file).replaceAll("\"f([1-6])\": 4", "\"f$1\": 2"));
        Cli.run("survey", "score", file.toString(), "--share", b.toString(), "--organisation", "Brampton").assertExit(0);
        Cli.Run run = Cli.run("survey", "compare", a.toString(), b.toString(), "--anonymise", "--self", "Brampton",
                "--format", "json");
        run.assertExit(0);
        JsonNode doc = run.json();
        Cli.assertHasKeys(doc, "instrument", "organisations", "measures", "rejected");
        assertEquals(List.of("organisation 1", "Brampton"),
                List.of(doc.get("organisations").get(0).get("organisation").asText(),
                        doc.get("organisations").get(1).get("organisation").asText()));
        JsonNode score = doc.get("measures").get(0);
        assertEquals("scale.family-experience.score", score.get("measure").asText());
        JsonNode brampton = score.get("organisations").get(1);
        assertEquals("25.0", brampton.get("value").decimalValue().toPlainString());
        assertEquals("60.7", brampton.get("othersMedian").decimalValue().toPlainString());
        assertTrue(!run.out().contains("Ashdown"), "anonymised");
    }

    @Test
    void aBadSharedFileIsLeftOutWithItsPointer() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"sos-qa.survey.shared-figures/1\", \"organisation\": \"X\"}");
        Cli.Run run = Cli.run("survey", "compare", bad.toString(), "--format", "json");
        run.assertExit(1);
        assertEquals("/instrument", run.json().get("rejected").get(0).get("violations").get(0).get("path").asText());
    }

    @Test
    void theExampleFilesScoreCleanly() {
        Path examples = Path.of("surveys");
        Cli.run("survey", "score", examples.resolve("family-responses.jsonl").toString(), "--by", "team").assertExit(0);
        Cli.run("survey", "score", examples.resolve("staff-responses.jsonl").toString(), "--instrument", "staff")
                .assertExit(0);
        Cli.Run run = Cli.run("survey", "compare", examples.resolve("shared/northshire-staff.json").toString(),
                examples.resolve("shared/eastborough-staff.json").toString(),
                examples.resolve("shared/westvale-staff.json").toString(), "--format", "json");
        run.assertExit(0);
        assertEquals(3, run.json().get("organisations").size());
    }

    @Test
    void instrumentPrintsADefaultThatReadsBack() {
        Cli.Run run = Cli.run("survey", "instrument", "staff");
        run.assertExit(0);
        assertEquals("staff", run.json().get("id").asText());
    }
}
