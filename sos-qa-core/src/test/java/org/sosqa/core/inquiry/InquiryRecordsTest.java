package org.sosqa.core.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.Violation;

class InquiryRecordsTest {

    static final String GOOD = """
            {"id": "ai-1", "date": "2025-03-04", "team": "team-a",
             "subject": {"kind": "CASE", "id": "case-17"}, "facilitatorRole": "team-manager",
             "turns": [{"phase": "ELICIT", "question": "What are you proud of?", "answer": "Secret answer text"},
                       {"phase": "AMPLIFY", "question": "What did you do?", "answer": "Rang the aunt"},
                       {"phase": "REFLECT", "question": "What does it mean?", "answer": "Families know people"}],
             "behaviours": ["rang the aunt first"], "meanings": ["the network is there"], "scale": 8,
             "practiceTags": ["safety-network", "network-meeting"]}""";

    private static final InquiryRecords READER = InquiryRecords.using(PracticeVocabulary.defaults());

    private static String doc(String... records) {
        return "{\"schemaVersion\": \"1.0\", \"inquiries\": [" + String.join(",", records) + "]}";
    }

    @Test
    void aGoodRecordIsReadWhole() {
        RecordBatch<InquiryRecord> batch = READER.read("x.json", doc(GOOD));
        assertTrue(batch.allValid(), () -> batch.invalid().toString());
        InquiryRecord r = batch.records().get(0);
        assertEquals("ai-1", r.id());
        assertEquals(new InquirySubject(SubjectKind.CASE, "case-17"), r.subject());
        assertEquals(List.of(EarsPhase.ELICIT, EarsPhase.AMPLIFY, EarsPhase.REFLECT), r.turns().stream().map(Turn::phase).toList());
        assertEquals(8, r.scale());
        assertEquals(List.of("safety-network", "network-meeting"), r.practiceTags());
        assertFalse(r.toString().contains("Secret"), "toString shows no free text");
    }

    @Test
    void aBadRecordIsLocatedAndTheOthersAreKept() {
        String bad = GOOD.replace("\"id\": \"ai-1\"", "\"id\": \"ai-2\"").replace("\"scale\": 8", "\"scale\": 11")
                .replace("\"network-meeting\"", "\"juggling\"").replace("\"AMPLIFY\"", "\"AMPLIFIED\"");
        RecordBatch<InquiryRecord> batch = READER.read("x.json", doc(GOOD, bad, GOOD.replace("ai-1", "ai-3")));
        assertEquals(List.of("ai-1", "ai-3"), batch.records().stream().map(InquiryRecord::id).toList());
        assertEquals(1, batch.invalid().size());
        assertEquals("x.json", batch.invalid().get(0).source());
        List<String> paths = batch.invalid().get(0).violations().stream().map(Violation::path).toList();
        assertEquals(List.of("/inquiries/1/turns/1/phase", "/inquiries/1/scale", "/inquiries/1/practiceTags/1"), paths);
        assertEquals("must be a whole number from 0 to 10", batch.invalid().get(0).violations().get(1).message());
    }

    @Test
    void missingAndWronglyTypedPropertiesAreEachReported() {
        String bad = "{\"id\": \"has space\", \"date\": \"4 March 2025\", \"team\": \"team-a\", \"subject\": {\"kind\": \"PERSON\"},"
                + " \"facilitatorRole\": \"tm\", \"turns\": [], \"scale\": \"high\", \"extra\": 1}";
        List<Violation> v = READER.read("x.json", doc(bad)).invalid().get(0).violations();
        List<String> paths = v.stream().map(Violation::path).toList();
        assertTrue(paths.containsAll(List.of("/inquiries/0/extra", "/inquiries/0/id", "/inquiries/0/date",
                "/inquiries/0/subject/kind", "/inquiries/0/subject/id", "/inquiries/0/turns", "/inquiries/0/scale")),
                paths.toString());
    }

    @Test
    void malformedJsonGivesItsLineAndColumnAndNoText() {
        RecordBatch<InquiryRecord> batch = READER.read("x.json", "{\"inquiries\": [\n  {\"id\": Secret}]}");
        Violation v = batch.invalid().get(0).violations().get(0);
        assertTrue(v.message().startsWith("malformed JSON at line 2, column "), v.message());
        assertFalse(v.message().contains("Secret"));
    }

    @Test
    void aWrongSchemaVersionAndAMissingArrayAreReported() {
        List<Violation> v = READER.read("x.json", "{\"schemaVersion\": \"9.0\"}").invalid().get(0).violations();
        assertEquals(List.of("/schemaVersion", "/inquiries"), v.stream().map(Violation::path).toList());
    }

    @Test
    void jsonLinesReportsTheLine(@TempDir Path dir) throws IOException {
        String line = GOOD.replace("\n", " ");
        Path file = dir.resolve("ai.jsonl");
        Files.writeString(file, line + "\n" + line.replace("\"scale\": 8", "\"scale\": -1") + "\n\n{oops\n");
        RecordBatch<InquiryRecord> batch = READER.read(file);
        assertEquals(1, batch.records().size());
        assertEquals(List.of(file + ":2", file + ":4"), batch.invalid().stream().map(RecordBatch.InvalidRecord::source).toList());
        assertEquals("/scale", batch.invalid().get(0).violations().get(0).path());
    }

    @Test
    void anOrganisationsOwnTagsExtendTheVocabulary(@TempDir Path dir) throws IOException {
        Path tags = dir.resolve("tags.json");
        Files.writeString(tags, "{\"tags\": [{\"id\": \"juggling\", \"label\": \"Juggling\", \"source\": \"our practice model\"}]}");
        RecordBatch<PracticeTag> read = PracticeVocabulary.read(tags);
        assertTrue(read.allValid());
        PracticeVocabulary ours = PracticeVocabulary.defaults().extendedWith(read.records());
        String withJuggling = GOOD.replace("\"network-meeting\"", "\"juggling\"");
        assertFalse(READER.read("x.json", doc(withJuggling)).allValid());
        assertTrue(InquiryRecords.using(ours).read("x.json", doc(withJuggling)).allValid());
        assertEquals(PracticeVocabulary.defaults().tags().size() + 1, ours.tags().size());
    }

    @Test
    void theShippedVocabularyCitesDomainSections() {
        assertTrue(PracticeVocabulary.defaults().tags().size() >= 12);
        for (PracticeTag t : PracticeVocabulary.defaults().tags()) {
            assertTrue(t.source().startsWith("domain.md §"), t.id());
        }
        assertTrue(PracticeVocabulary.defaults().ids().containsAll(List.of("mapping", "danger-statement", "safety-goal",
                "scaling", "words-and-pictures", "three-houses", "safety-planning", "network-meeting")));
    }
}
