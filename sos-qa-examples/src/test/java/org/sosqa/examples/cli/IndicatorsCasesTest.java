package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.Child;
import org.sosqa.core.EventType;
import org.sosqa.core.ServiceStage;
import org.sosqa.core.SosQaJson;

/** {@code indicators --cases}: from case events, grouped in memory or streamed with {@code --grouped}. */
class IndicatorsCasesTest {

    @TempDir
    Path dir;

    /** A child referred in a case; its events. */
    private static CaseRecord referred(String id, String child, String... referrals) {
        List<CaseEvent> events = new ArrayList<>();
        for (String r : referrals) {
            events.add(new CaseEvent(EventType.REFERRAL, LocalDate.parse(r), child));
        }
        return new CaseRecord(id, "org", "team", "worker", ServiceStage.CHILD_IN_NEED, LocalDate.parse(referrals[0]),
                null, List.of(new Child(child, 2015, null, Map.of())), List.of(), List.of(), events, List.of());
    }

    private Path jsonl(String name, CaseRecord... cases) throws IOException {
        List<String> lines = new ArrayList<>();
        for (CaseRecord c : cases) {
            lines.add(SosQaJson.toJson(c).replace("\n", ""));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    private static JsonNode indicator(JsonNode doc, String id) {
        for (JsonNode i : doc.get("indicators")) {
            if (i.get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id + " in " + doc);
    }

    @Test
    void groupedStreamAndInMemoryGiveTheSameIndicatorsForGroupedCases() throws IOException {
        // x referred 2023-05-01 and again (a new case) 2023-11-01: a re-referral; y once. Year 2024 holds all three.
        Path file = jsonl("grouped.jsonl", referred("a", "x", "2023-05-01"), referred("b", "x", "2023-11-01"),
                referred("c", "y", "2023-06-01"));
        Cli.Run memory = Cli.run("indicators", "--cases", file.toString(), "--year", "2024", "--format", "json");
        Cli.Run stream = Cli.run("indicators", "--cases", file.toString(), "--grouped", "--year", "2024",
                "--format", "json");
        memory.assertExit(0);
        stream.assertExit(0);
        assertEquals(memory.out(), stream.out());
        JsonNode doc = stream.json();
        assertEquals(3, indicator(doc, "referrals").get("numerator").asLong());
        assertEquals(1, indicator(doc, "rereferrals-12m").get("numerator").asLong());
        assertEquals("33.3", indicator(doc, "rereferral-rate").get("value").decimalValue().toPlainString());
        assertEquals(0, doc.get("invalid").size());
    }

    @Test
    void outOfOrderCasesAreGroupedInMemoryButReportedWhenDeclaredGrouped() throws IOException {
        // x's second case comes after y's: fine in memory; with --grouped, x's return is reported and left out
        Path file = jsonl("mixed.jsonl", referred("a", "x", "2023-05-01"), referred("c", "y", "2023-06-01"),
                referred("b", "x", "2023-11-01"));
        Cli.Run memory = Cli.run("indicators", "--cases", file.toString(), "--format", "json");
        memory.assertExit(0);
        assertEquals(2024, memory.json().get("year").asInt(), "the year of the latest referral");
        assertEquals(1, indicator(memory.json(), "rereferrals-12m").get("numerator").asLong());

        Cli.Run stream = Cli.run("indicators", "--cases", file.toString(), "--grouped", "--year", "2024",
                "--format", "json");
        stream.assertExit(1);
        JsonNode doc = stream.json();
        assertEquals(2, indicator(doc, "referrals").get("numerator").asLong());
        assertEquals(0, indicator(doc, "rereferrals-12m").get("numerator").asLong());
        JsonNode problem = doc.get("problems").get(0);
        assertEquals("x", problem.get("childId").asText());
        assertEquals("b/events/0", problem.get("location").asText());
        assertEquals("NOT_GROUPED", problem.get("reason").asText());
        assertEquals(1, doc.get("leftOutTotal").asInt());
    }

    @Test
    void anInvalidDocumentIsReportedAndTheOthersCounted() throws IOException {
        Path file = jsonl("bad.jsonl", referred("a", "x", "2023-05-01"));
        Files.writeString(file, "{\"id\": 3}\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Run r = Cli.run("indicators", "--cases", file.toString(), "--year", "2024", "--format", "json");
        r.assertExit(1);
        assertEquals(1, indicator(r.json(), "referrals").get("numerator").asLong());
        assertTrue(r.json().get("invalid").get(0).get("file").asText().endsWith("bad.jsonl:2"), r.out());
    }

    @Test
    void wrongCombinationsAreCommandLineErrors() throws IOException {
        Path file = jsonl("one.jsonl", referred("a", "x", "2023-05-01"));
        Cli.run("indicators", "--cases", file.toString(), "--grouped").assertExit(2);
        Cli.run("indicators", "--cases", file.toString(), "--cin", file.toString()).assertExit(2);
        Cli.run("indicators").assertExit(2);
    }
}
