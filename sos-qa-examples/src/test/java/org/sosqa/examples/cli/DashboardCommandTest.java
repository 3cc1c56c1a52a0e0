package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard over eight cases: six copies of the sample case in team-north (each with every element on
 * 2026-06-01) and two in team-south with no map.
 */
class DashboardCommandTest {

    @TempDir
    Path dir;

    private Path cases(boolean withBadLine) throws IOException {
        CaseRecord s = SampleCase.record();
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            boolean north = i <= 6;
            CaseRecord c = new CaseRecord("s" + i, s.organisation(), north ? "team-north" : "team-south", s.worker(),
                    s.serviceStage(), s.opened(), null, s.children(), s.people(), north ? s.assessments() : List.of(),
                    s.events(), s.audits());
            lines.add(SosQaJson.toJson(c).replace("\n", ""));
            if (withBadLine && i == 4) {
                lines.add("{\"id\": 3}");
            }
        }
        Path file = dir.resolve("cases.jsonl");
        Files.write(file, lines);
        return file;
    }

    private static JsonNode measure(JsonNode point, String id) {
        for (JsonNode m : point.get("measures")) {
            if (m.get("id").asText().equals(id)) {
                return m;
            }
        }
        throw new AssertionError("no measure " + id + " in " + point);
    }

    @Test
    void organisationAndTeamsWithSuppression() throws IOException {
        Cli.Run r = Cli.run("dashboard", cases(false).toString(), "--on", "2026-06-01", "--by", "team", "--format", "json");
        r.assertExit(0);
        JsonNode doc = r.json();
        Cli.assertHasKeys(doc, "measures", "levels", "minCount", "casesRead", "points", "invalid");
        assertEquals(8, doc.get("casesRead").asInt());
        assertEquals("[\"team\"]", Cli.text(doc.get("levels")));
        JsonNode map = measure(doc.get("points").get(0), "breadth.map");
        JsonNode org = map.get("organisation");
        assertEquals(8, org.get("denominator").asInt());
        assertEquals(6, org.get("numerator").asInt());
        assertEquals("75.0", org.get("value").decimalValue().toPlainString());
        JsonNode north = map.get("by").get("team").get(0);
        JsonNode south = map.get("by").get("team").get(1);
        assertEquals("team-north", north.get("stratum").asText());
        // south's 2 is small; north's 6 would give it away as 8 - 6, so both denominators are hidden
        assertEquals("suppressed", south.get("denominator").asText());
        assertEquals("suppressed", north.get("denominator").asText());
        assertEquals(6, north.get("numerator").asInt());
        assertEquals(0, south.get("numerator").asInt());
        assertTrue(north.get("value").isNull() && north.get("valueSuppressed").asBoolean());
        // the map-age measure has no numerator: 20 days for the six with a map
        JsonNode age = measure(doc.get("points").get(0), "breadth.map-age-days").get("organisation");
        assertTrue(age.get("numerator").isNull());
        assertEquals("20.0", age.get("value").decimalValue().toPlainString());
        // the same input gives the same bytes
        assertEquals(r.out(), Cli.run("dashboard", cases(false).toString(), "--on", "2026-06-01", "--by", "team",
                "--format", "json").out());
    }

    @Test
    void aQuarterlySeriesAndACaseView() throws IOException {
        Cli.Run r = Cli.run("dashboard", cases(false).toString(), "--series", "quarter", "--from", "2026-01-01",
                "--to", "2026-06-30", "--min-count", "1", "--format", "json");
        r.assertExit(0);
        JsonNode points = r.json().get("points");
        assertEquals(2, points.size());
        assertEquals("2026-03-31", points.get(0).get("date").asText());
        assertEquals("2026-06-30", points.get(1).get("date").asText());
        // 31 March: the plan is not yet in a map (version 1 has none); 30 June: six of eight have it
        assertEquals(0, measure(points.get(0), "breadth.safety-plan").get("organisation").get("numerator").asInt());
        assertEquals(6, measure(points.get(1), "breadth.safety-plan").get("organisation").get("numerator").asInt());
        assertEquals("[\"service-stage\",\"team\",\"worker\"]", Cli.text(r.json().get("levels")));

        Cli.Run view = Cli.run("dashboard", cases(false).toString(), "--on", "2026-06-30", "--case", "s7", "--format", "json");
        view.assertExit(0);
        JsonNode c = view.json().get("cases").get(0);
        assertEquals("s7", c.get("caseId").asText());
        JsonNode numerator = c.get("measures").get(0).get("populations").get("numerator");
        assertEquals(false, numerator.get("member").asBoolean());
        assertEquals("not: has a map", numerator.get("reason").asText());

        Cli.Run text = Cli.run("dashboard", cases(false).toString(), "--on", "2026-06-30", "--case", "s7");
        text.assertExit(0);
        assertTrue(text.out().contains("Case s7") && text.out().contains("no: not: has a map"), text.out());
    }

    @Test
    void anOrganisationsOwnMeasuresAndABadFile() throws IOException {
        Path example = Path.of("measures/example-organisation-measures.json");
        Cli.Run r = Cli.run("dashboard", cases(false).toString(), "--on", "2026-06-01", "--measures", example.toString(),
                "--min-count", "1", "--format", "json");
        r.assertExit(0);
        JsonNode agrees = measure(r.json().get("points").get(0), "local.family-agrees").get("organisation");
        // the sample's family partly agrees; the six with a map are the denominator
        assertEquals(6, agrees.get("denominator").asInt());
        assertEquals(6, agrees.get("numerator").asInt());
        JsonNode meeting = measure(r.json().get("points").get(0), "local.cp-network-meeting-90d").get("organisation");
        assertEquals(8, meeting.get("numerator").asInt(), "all eight had the meeting on 20 April, 42 days before");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"measures\": [{\"id\": \"m\", \"title\": \"t\", \"description\": \"d\", "
                + "\"improvementNotation\": \"increase\", \"numerator\": \"current-mapp\"}]}");
        Cli.Run b = Cli.run("dashboard", cases(false).toString(), "--on", "2026-06-01", "--measures", bad.toString());
        b.assertExit(1);
        b.assertNoStackTrace();
        assertTrue(b.err().contains("/measures/0/numerator: unknown test \"current-mapp\""), b.err());
    }

    @Test
    void badInputAndBadUsage() throws IOException {
        Cli.Run r = Cli.run("dashboard", cases(true).toString(), "--on", "2026-06-01", "--format", "json");
        r.assertExit(1);
        assertEquals(8, r.json().get("casesRead").asInt(), "the bad line is reported and the rest counted");
        assertTrue(r.json().get("invalid").get(0).get("file").asText().endsWith("cases.jsonl:5"), r.out());

        for (String[] args : List.of(new String[] {"dashboard", "x.json", "--on", "2026-06-01"},
                new String[] {"dashboard", cases(false).toString()},
                new String[] {"dashboard", cases(false).toString(), "--on", "2026-13-01"},
                new String[] {"dashboard", cases(false).toString(), "--on", "2026-06-01", "--by", "region"},
                new String[] {"dashboard", cases(false).toString(), "--series", "week", "--from", "2026-01-01", "--to", "2026-02-01"},
                new String[] {"dashboard", cases(false).toString(), "--series", "month", "--from", "2026-01-01"})) {
            Cli.Run u = Cli.run(args);
            u.assertExit(2);
            u.assertNoStackTrace();
            assertTrue(u.out().isEmpty(), u.toString());
        }
    }
}
