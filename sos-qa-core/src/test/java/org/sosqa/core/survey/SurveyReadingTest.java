package org.sosqa.core.survey;

import org.sosqa.core.InvalidDocumentException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.Violation;

/** Default instruments, an organisation's own, and bad instruments and responses with their locations. */
class SurveyReadingTest {

    private static final Pattern CITES = Pattern.compile("domain\\.md §[1-6](\\.\\d+)?");

    @TempDir
    Path dir;

    @Test
    void theDefaultsCiteDomainMdForEveryItemAndScale() {
        for (SurveyInstrument i : List.of(SurveyInstruments.family(), SurveyInstruments.staff())) {
            assertTrue(i.description().contains("sos-qa's own"), i.id());
            for (SurveyItem item : i.items()) {
                assertTrue(CITES.matcher(item.source()).find(), item.id() + ": " + item.source());
            }
            for (SurveyScale scale : i.scales()) {
                assertTrue(CITES.matcher(scale.source()).find(), scale.id());
            }
        }
    }

    @Test
    void theGuideListsEveryDefaultItemWithItsWordsAndSource() throws IOException {
        Path guide = Path.of("../docs/surveys.md");
        if (!Files.exists(guide)) {
            guide = Path.of("docs/surveys.md");
        }
        String doc = Files.readString(guide);
        for (SurveyInstrument i : List.of(SurveyInstruments.family(), SurveyInstruments.staff())) {
            for (SurveyItem item : i.items()) {
                assertTrue(doc.contains("| `" + item.id() + "` | " + item.text() + " |"), "docs/surveys.md lacks " + item.id());
                assertTrue(doc.contains(item.source()), "docs/surveys.md lacks the source of " + item.id());
            }
        }
    }

    @Test
    void theFamilySurveyHasTheItemsOfDomainMd26() {
        SurveyInstrument f = SurveyInstruments.family();
        assertEquals(6, f.itemsOf("family-experience").size());
        assertEquals(ResponseType.SCALE_0_10, f.item("f7").orElseThrow().type());
        assertEquals(3, f.items().stream().filter(i -> i.type() == ResponseType.FREE_TEXT).count(),
                "one free-text question per column");
    }

    @Test
    void theStaffSurveyHasTheSaqDomainsReverseItemsAndToolConfidence() {
        SurveyInstrument s = SurveyInstruments.staff();
        assertEquals(List.of("teamwork-climate", "safety-climate", "job-satisfaction", "stress-recognition",
                "perceptions-of-management", "working-conditions", "tool-confidence"),
                s.scales().stream().map(SurveyScale::id).toList());
        assertEquals(List.of("tw2", "sc5", "ox1"), s.items().stream().filter(SurveyItem::reverse).map(SurveyItem::id).toList(),
                "as SAQ items 2, 11 and 36");
        assertEquals(6, s.itemsOf("teamwork-climate").size());
        assertEquals(7, s.itemsOf("safety-climate").size());
        assertEquals(8, s.itemsOf("tool-confidence").size());
    }

    @Test
    void anOrganisationsOwnInstrumentLoadsFromAFile() throws IOException {
        Path file = dir.resolve("own.json");
        Files.writeString(file, SurveyFixtures.INSTRUMENT);
        SurveyInstrument own = SurveyInstruments.read(file);
        assertEquals("t", own.id());
        assertEquals(7, own.items().size());
    }

    @Test
    void aBadInstrumentListsEveryProblemWithItsPointer() {
        String bad = """
                {"id": "x", "version": "1", "title": "T", "colour": "red",
                 "scales": [{"id": "s", "title": "S"}, {"id": "empty", "title": "E"}],
                 "items": [
                   {"id": "a", "text": "A", "type": "likert-5", "scale": "s"},
                   {"id": "a", "text": "A again", "type": "likert-5"},
                   {"id": "b", "text": "B", "type": "likert-7"},
                   {"id": "c", "text": "C", "type": "scale-0-10", "reverse": true},
                   {"id": "d", "text": "D", "type": "likert-5", "scale": "nowhere"},
                   {"id": "e", "type": "yes-no", "scale": "s"}
                 ]}
                """;
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> SurveyInstruments.read(bad, "bad.json"));
        List<String> paths = e.violations().stream().map(Violation::path).toList();
        assertEquals(List.of("/colour", "/items/1/id", "/items/2/type", "/items/3/reverse", "/items/4/scale",
                "/items/5/text", "/items/5/scale", "/scales/1/id"), paths, e.violations().toString());
        assertTrue(e.getMessage().startsWith("bad.json: invalid document: 8 problems"), e.getMessage());
    }

    @Test
    void malformedJsonGivesItsLineAndColumn() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> SurveyInstruments.read("{\n  \"id\": \"x\",\n  \"version\" 1\n}", "m.json"));
        assertEquals("", e.violations().get(0).path());
        assertTrue(e.violations().get(0).message().contains("line 3"), e.violations().toString());
    }

    @Test
    void badResponsesAreRejectedWithTheirLocationAndTheRestKept() {
        String text = """
                {"instrument": "t", "responses": [
                  {"respondent": "r1", "team": "n", "answers": {"a": 5}},
                  {"respondent": "r2", "team": "n", "answers": {"a": 6, "zz": 1, "y": "yes", "w": 3}},
                  {"respondent": "r1", "team": "n", "answers": {"a": 4}},
                  {"team": "n", "answers": {"z": 10}},
                  "not a response",
                  {"respondent": "r3", "answers": {"z": 0, "y": false, "w": null, "a": null}}
                ]}
                """;
        ResponseBatch batch = SurveyResponses.read(text, "r.json", SurveyFixtures.instrument());
        assertEquals(List.of("r1", "r3"), batch.responses().stream().map(SurveyResponse::respondentId).toList());
        assertEquals(4, batch.rejected().size());
        assertEquals(List.of("/responses/1/answers/a", "/responses/1/answers/w", "/responses/1/answers/y",
                "/responses/1/answers/zz"),
                batch.rejected().get(0).violations().stream().map(Violation::path).sorted().toList());
        assertEquals("/responses/2/respondent", batch.rejected().get(1).violations().get(0).path());
        assertTrue(batch.rejected().get(1).violations().get(0).message().contains("r.json/responses/0"),
                batch.rejected().get(1).violations().toString());
        assertEquals("/responses/3/respondent", batch.rejected().get(2).violations().get(0).path());
        assertEquals("/responses/4", batch.rejected().get(3).violations().get(0).path());
        SurveyResponse r3 = batch.responses().get(1);
        assertEquals(0, r3.rating("z"));
        assertEquals(0, r3.rating("y"), "no is 0");
        assertEquals(null, r3.rating("a"), "null is not answered");
    }

    @Test
    void aRatingTooLargeForAnIntIsOutOfRangeNotWrappedRound() {
        // 2^64 + 3 would wrap to 3 if read as a long
        ResponseBatch batch = SurveyResponses.read("[{\"respondent\": \"r1\", \"answers\": {\"a\": 18446744073709551619}}]",
                "r.json", SurveyFixtures.instrument());
        assertEquals(List.of(), batch.responses());
        assertEquals("/0/answers/a", batch.rejected().get(0).violations().get(0).path());
    }

    @Test
    void jsonLinesAreLocatedByLine() throws IOException {
        Path file = dir.resolve("r.jsonl");
        Files.writeString(file, """
                {"respondent": "r1", "answers": {"a": 5}}

                {"respondent": "r2", "answers": {"a": 5}
                {"respondent": "r3", "answers": {"b": 0}}
                {"respondent": "r4", "answers": {"b": 1}}
                """);
        ResponseBatch batch = SurveyResponses.read(List.of(file, dir.resolve("missing.json")), SurveyFixtures.instrument());
        assertEquals(List.of("r1", "r4"), batch.responses().stream().map(SurveyResponse::respondentId).toList());
        assertEquals(List.of(file + ":3", file + ":4", dir.resolve("missing.json").toString()),
                batch.rejected().stream().map(RejectedResponse::source).toList());
        assertEquals("/answers/b", batch.rejected().get(1).violations().get(0).path());
    }

    @Test
    void aResponseNeverPrintsItsFreeText() {
        ResponseBatch batch = SurveyResponses.read(SurveyFixtures.RESPONSES, "r.json", SurveyFixtures.instrument());
        for (SurveyResponse r : batch.responses()) {
            assertTrue(!r.toString().contains("listened") && !r.toString().contains("late"), r.toString());
        }
        assertEquals("We felt listened to", batch.responses().get(0).freeText().get("w"), "but keeps it");
    }

    @Test
    void violationsNeverRepeatTheDocumentsText() {
        String secret = "Mum said Jayden was hit";
        String text = "[{\"respondent\": \"r1\", \"answers\": {\"a\": \"" + secret + "\", \"w\": 5, \"" + "q q" + "\": 1}}]";
        ResponseBatch batch = SurveyResponses.read(text, "r.json", SurveyFixtures.instrument());
        assertEquals(1, batch.rejected().size());
        for (Violation v : batch.rejected().get(0).violations()) {
            assertTrue(!v.message().contains("Jayden"), v.toString());
        }
    }
}
