package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadershipCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String week(String leader, String role, int practice, int other) {
        return "{\"leaderId\": \"" + leader + "\", \"role\": \"" + role + "\", \"from\": \"2025-04-07\", \"to\": \"2025-04-11\","
                + " \"minutes\": {\"supervision\": " + practice + ", \"recording-and-admin\": " + other + "}}";
    }

    @Test
    void aLoneDirectorIsSuppressedAndSoAreTheTeamManagers() throws IOException {
        // 800 + 600 + 400 = 1800 practice of 4500: exactly 40%.
        Path time = write("time.json", "{\"timeRecords\": [" + week("l1", "team-manager", 800, 700) + ","
                + week("l2", "team-manager", 600, 900) + "," + week("l3", "team-manager", 400, 1100) + ","
                + week("d1", "director", 100, 1400) + "]}");
        Path targets = write("targets.json", "{\"targets\": [{\"role\": \"team-manager\", \"practicePercent\": 40}]}");
        Cli.Run run = Cli.run("leadership", "time", time.toString(), "--targets", targets.toString(), "--format", "json");
        run.assertExit(0);
        JsonNode json = run.json();
        Cli.assertHasKeys(json, "threshold", "from", "to", "records", "roles", "all", "activities", "invalid");
        JsonNode director = json.get("roles").get(0);
        assertEquals("director", director.get("role").asText());
        assertTrue(director.get("suppressed").asBoolean());
        assertEquals("suppressed", director.get("leaders").asText());
        assertTrue(director.get("totalMinutes").isNull());
        JsonNode tm = json.get("roles").get(1);
        Cli.assertHasKeys(tm, "role", "leaders", "suppressed", "practiceMinutes", "totalMinutes", "practicePercent",
                "targetPercent", "meetsTarget", "leadersMeetingTarget", "minutesByActivity");
        // The director alone beside a shown total of 4 could be recovered from it, so the next smallest
        // role, the three team managers, is hidden too; the total is shown.
        assertTrue(tm.get("suppressed").asBoolean());
        assertEquals(4, json.get("all").get("leaders").asInt());
        assertEquals(6000, json.get("all").get("totalMinutes").asInt());
        // Two leaders meet their target (800/1500 and 600/1500 of 40%; not 400/1500): below 3, hidden.
        assertEquals("suppressed", json.get("all").get("leadersMeetingTarget").asText());
    }

    @Test
    void onTargetAtTheBoundaryWithNothingSuppressed() throws IOException {
        Path time = write("time.json", "{\"timeRecords\": [" + week("l1", "team-manager", 800, 700) + ","
                + week("l2", "team-manager", 600, 900) + "," + week("l3", "team-manager", 400, 1100) + "]}");
        Path at40 = write("t40.json", "{\"targets\": [{\"role\": \"team-manager\", \"practicePercent\": 40}]}");
        Path at41 = write("t41.json", "{\"targets\": [{\"role\": \"team-manager\", \"practicePercent\": 41}]}");
        JsonNode tm = Cli.run("leadership", "time", time.toString(), "--targets", at40.toString(), "--format", "json")
                .json().get("roles").get(0);
        assertEquals(1800, tm.get("practiceMinutes").asInt());
        assertEquals(4500, tm.get("totalMinutes").asInt());
        assertEquals("40.0", tm.get("practicePercent").decimalValue().toPlainString());
        assertTrue(tm.get("meetsTarget").asBoolean());
        assertEquals(1800, tm.get("minutesByActivity").get("supervision").asInt());
        JsonNode below = Cli.run("leadership", "time", time.toString(), "--targets", at41.toString(), "--format", "json")
                .json().get("roles").get(0);
        assertTrue(!below.get("meetsTarget").asBoolean());
    }

    @Test
    void badRecordsAndTargetsAreLocated() throws IOException {
        Path time = write("time.jsonl", week("l1", "team-manager", 800, 700) + "\n"
                + week("l2", "team-manager", -5, 700) + "\n");
        Path targets = write("targets.json", "{\"targets\": [{\"role\": \"team-manager\", \"practicePercent\": \"lots\"}]}");
        Cli.Run run = Cli.run("leadership", "time", time.toString(), "--targets", targets.toString(), "--format", "json");
        run.assertExit(1);
        JsonNode invalid = run.json().get("invalid");
        assertEquals(targets.toString(), invalid.get(0).get("file").asText());
        assertEquals("/targets/0/practicePercent", invalid.get(0).get("violations").get(0).get("path").asText());
        assertEquals(time + ":2", invalid.get(1).get("file").asText());
        assertEquals("/minutes/supervision", invalid.get(1).get("violations").get(0).get("path").asText());
        assertEquals(1, run.json().get("records").asInt());
    }

    @Test
    void ratingsAreTrackedOverTime() throws IOException {
        Path ratings = write("ratings.json", "{\"ratings\": ["
                + "{\"date\": \"2025-09-30\", \"rating\": 6, \"ratedBy\": \"leadership-team\"},"
                + "{\"date\": \"2024-09-30\", \"rating\": 3, \"ratedBy\": \"leadership-team\", \"reasons\": [\"forms duplicate the map\"]},"
                + "{\"date\": \"2025-03-31\", \"rating\": 4, \"ratedBy\": \"leadership-team\"}]}");
        Cli.Run run = Cli.run("leadership", "rating", ratings.toString(), "--format", "json");
        run.assertExit(0);
        JsonNode json = run.json();
        Cli.assertHasKeys(json, "ratings", "first", "latest", "change", "direction", "anchors", "invalid");
        assertEquals("2024-09-30", json.get("ratings").get(0).get("date").asText());
        assertTrue(json.get("ratings").get(0).get("change").isNull());
        assertEquals(1, json.get("ratings").get(1).get("change").asInt());
        assertEquals(2, json.get("ratings").get(2).get("change").asInt());
        assertEquals(3, json.get("change").asInt());
        assertEquals("RISING", json.get("direction").asText());
        assertEquals(3, json.get("anchors").size());
        assertTrue(!run.out().contains("forms duplicate the map"), "reasons are not repeated in the trend");
    }

    @Test
    void aBadRatingIsLocatedAndAMissingFileIsAUsageError() throws IOException {
        Path ratings = write("ratings.json", "{\"ratings\": [{\"date\": \"2025-09-30\", \"rating\": 11, \"ratedBy\": \"lt\"}]}");
        Cli.Run run = Cli.run("leadership", "rating", ratings.toString());
        run.assertExit(1);
        run.assertNoStackTrace();
        assertTrue(run.err().contains("/ratings/0/rating: must be a whole number from 0 to 10"), run.err());
        Cli.run("leadership", "time", "leadership/time.json", "--targets", dir.resolve("none.json").toString()).assertExit(2);
        Cli.run("leadership").assertExit(2);
    }

    @Test
    void theShippedExamplesAreValid() {
        Cli.Run time = Cli.run("leadership", "time", "leadership/time.json", "--targets", "leadership/targets.json", "--format", "json");
        time.assertExit(0);
        assertTrue(time.json().get("records").asInt() > 50);
        Cli.run("leadership", "rating", "leadership/ratings.json").assertExit(0);
        Cli.Run text = Cli.run("leadership", "time", "leadership/time.json", "--targets", "leadership/targets.json");
        assertTrue(text.out().contains("team-manager"), text.out());
    }
}
