package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InquiryCommandTest {

    @TempDir
    Path dir;

    private static String inquiry(String id, String team, String date, int scale, String tags) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"team\": \"" + team + "\","
                + " \"subject\": {\"kind\": \"CASE\", \"id\": \"case-" + id + "\"}, \"facilitatorRole\": \"team-manager\","
                + " \"turns\": [{\"phase\": \"ELICIT\", \"question\": \"What went well?\", \"answer\": \"The meeting\"},"
                + " {\"phase\": \"AMPLIFY\", \"question\": \"What did you do?\", \"answer\": \"Rang the aunt\"}],"
                + " \"behaviours\": [\"rang the aunt\"], \"scale\": " + scale + ", \"practiceTags\": [" + tags + "]}";
    }

    /** Six proud inquiries in team-a (Q1 2025), all tagged mapping and one scaling; one not proud; one bad. */
    private Path file(boolean withBad) throws IOException {
        List<String> records = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            records.add(inquiry("a" + i, "team-a", "2025-0" + (i % 3 + 1) + "-10", 8, i == 1 ? "\"mapping\", \"scaling\"" : "\"mapping\""));
        }
        records.add(inquiry("b1", "team-b", "2025-04-10", 3, "\"three-houses\""));
        if (withBad) {
            records.add(inquiry("b2", "team-b", "2025-04-11", 12, "\"mapping\""));
        }
        Path file = dir.resolve("inquiries.json");
        Files.writeString(file, "{\"schemaVersion\": \"1.0\", \"inquiries\": [\n" + String.join(",\n", records) + "\n]}");
        return file;
    }

    @Test
    void themesAreCountedAndSuppressedAsWorkedByHand() throws IOException {
        Cli.Run run = Cli.run("inquiry", "themes", "--format", "json", file(false).toString());
        run.assertExit(0);
        JsonNode json = run.json();
        Cli.assertHasKeys(json, "proudFrom", "threshold", "inquiries", "proudInquiries", "themes", "qualityNotes", "invalid");
        assertEquals(7, json.get("inquiries").asInt());
        assertEquals(6, json.get("proudInquiries").asInt());
        JsonNode themes = json.get("themes");
        assertEquals(2, themes.size(), "mapping and scaling; three-houses was not proud work");
        JsonNode mapping = themes.get(0);
        assertEquals("mapping", mapping.get("tag").asText());
        assertEquals(6, mapping.get("count").asInt());
        assertEquals(6, mapping.get("of").asInt());
        assertEquals("100.0", mapping.get("percent").decimalValue().toPlainString());
        JsonNode teamA = mapping.get("byTeam").get(0);
        assertEquals("team-a", teamA.get("team").asText());
        assertEquals(6, teamA.get("count").asInt());
        JsonNode teamB = mapping.get("byTeam").get(1);
        assertEquals(0, teamB.get("of").asInt());
        assertTrue(teamB.get("percent").isNull());
        JsonNode scaling = themes.get(1);
        assertEquals("suppressed", scaling.get("count").asText());
        assertTrue(scaling.get("percent").isNull());
        // Every inquiry has no reflect turn.
        assertEquals(7, json.get("qualityNotes").get("counts").get("ears.no-reflect").asInt());
        assertEquals(2, mapping.get("byQuarter").size(), "2025-Q1 (6 proud), 2025-Q2 (none proud, but one inquiry)");
    }

    @Test
    void byTeamLeavesOutTheQuarters() throws IOException {
        JsonNode mapping = Cli.run("inquiry", "themes", "--by", "team", "--format", "json", file(false).toString())
                .json().get("themes").get(0);
        assertTrue(mapping.has("byTeam"));
        assertFalse(mapping.has("byQuarter"));
    }

    @Test
    void aBadRecordIsLocatedAndTheRestAreUsed() throws IOException {
        Path file = file(true);
        Cli.Run run = Cli.run("inquiry", "themes", "--format", "json", file.toString());
        run.assertExit(1);
        run.assertNoStackTrace();
        JsonNode invalid = run.json().get("invalid");
        assertEquals(1, invalid.size());
        assertEquals(file.toString(), invalid.get(0).get("file").asText());
        assertEquals("/inquiries/7/scale", invalid.get(0).get("violations").get(0).get("path").asText());
        assertEquals(7, run.json().get("inquiries").asInt());
        Cli.Run text = Cli.run("inquiry", "themes", file.toString());
        text.assertExit(1);
        assertTrue(text.err().contains(file + ": /inquiries/7/scale: must be a whole number from 0 to 10"), text.err());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path file = file(true);
        assertEquals(Cli.run("inquiry", "themes", "--format", "json", file.toString()).out(),
                Cli.run("inquiry", "themes", "--format", "json", file.toString()).out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli.Run missing = Cli.run("inquiry", "themes", dir.resolve("nope.json").toString());
        missing.assertExit(2);
        assertTrue(missing.err().contains("No such file or directory"), missing.err());
        Cli.run("inquiry", "themes", "--proud-from", "11", "inquiry/one-inquiry.json").assertExit(2);
        Cli.run("inquiry", "themes", "--by", "week", "inquiry/one-inquiry.json").assertExit(2);
        Cli.run("inquiry").assertExit(2);
    }

    @Test
    void theShippedExamplesAreValid() {
        Cli.Run demo = Cli.run("inquiry", "themes", "--format", "json", "inquiry/");
        demo.assertExit(0);
        assertTrue(demo.json().get("inquiries").asInt() > 100);
        assertTrue(demo.json().get("themes").size() >= 5);
        Cli.run("inquiry", "themes", "--tags", "inquiry/tags/our-tags.json", "inquiry/one-inquiry.json").assertExit(0);
        Cli.Run text = Cli.run("inquiry", "themes", "inquiry/one-inquiry.json", "--threshold", "1");
        text.assertExit(0);
        assertTrue(text.out().contains("Words and Pictures (words-and-pictures)"), text.out());
    }
}
