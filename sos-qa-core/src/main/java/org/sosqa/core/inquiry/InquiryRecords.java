package org.sosqa.core.inquiry;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.Violation;
import org.sosqa.core.internal.RecordFiles;
import org.sosqa.core.internal.TreeFields;

/**
 * Reads appreciative inquiry records from JSON: a document {@code {"schemaVersion": "1.0", "inquiries":
 * [...]}} or a JSON Lines file ({@code *.jsonl}) with one record per line. The format is described in
 * {@code docs/appreciative-inquiry.md}. Every problem is reported with a JSON Pointer (and the line, for
 * JSON Lines); a bad record is reported and the others are kept. Thread-safe.
 */
public final class InquiryRecords {

    private static final Logger LOG = LoggerFactory.getLogger(InquiryRecords.class);
    private static final Set<String> PROPERTIES = Set.of("id", "date", "team", "subject", "facilitatorRole",
            "turns", "behaviours", "meanings", "scale", "practiceTags");

    private final PracticeVocabulary vocabulary;

    private InquiryRecords(PracticeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * A reader whose records may use the tags of a vocabulary.
     *
     * @param vocabulary the practice tags allowed
     * @return the reader
     */
    public static InquiryRecords using(PracticeVocabulary vocabulary) {
        return new InquiryRecords(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /**
     * Reads a file.
     *
     * @param file a JSON document or a {@code *.jsonl} file
     * @return every valid record, and every invalid one with its location
     */
    public RecordBatch<InquiryRecord> read(Path file) {
        return logged(RecordFiles.read(file, "inquiries", this::bind));
    }

    /**
     * Reads a document held in memory.
     *
     * @param source where it came from, for the report
     * @param json the document
     * @return every valid record, and every invalid one with its location
     */
    public RecordBatch<InquiryRecord> read(String source, String json) {
        return logged(RecordFiles.read(source, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), false,
                "inquiries", this::bind));
    }

    private static RecordBatch<InquiryRecord> logged(RecordBatch<InquiryRecord> batch) {
        LOG.debug("inquiry records read: {} valid, {} invalid", batch.records().size(), batch.invalid().size());
        return batch;
    }

    private InquiryRecord bind(JsonNode node, String pointer, List<Violation> violations) {
        TreeFields f = new TreeFields(node, pointer, violations);
        f.onlyKnown(PROPERTIES);
        String id = f.id("id");
        var date = f.date("date");
        String team = f.id("team");
        InquirySubject subject = subject(node.get("subject"), f.at("subject"), violations);
        String facilitatorRole = f.id("facilitatorRole");
        List<Turn> turns = turns(f, violations);
        List<String> behaviours = f.texts("behaviours");
        List<String> meanings = f.texts("meanings");
        Integer scale = f.integer("scale", InquiryRecord.MIN_SCALE, InquiryRecord.MAX_SCALE);
        List<String> tags = f.ids("practiceTags", vocabulary.ids(), "practice tag");
        if (!violations.isEmpty()) {
            return null;
        }
        return new InquiryRecord(id, date, team, subject, facilitatorRole, turns, behaviours, meanings, scale, tags);
    }

    private static InquirySubject subject(JsonNode node, String pointer, List<Violation> violations) {
        if (node == null || node.isNull()) {
            violations.add(new Violation(pointer, "is required: {\"kind\": \"CASE\" or \"WORK\", \"id\": ...}"));
            return null;
        }
        TreeFields f = new TreeFields(node, pointer, violations);
        if (!f.isObject()) {
            return null;
        }
        f.onlyKnown(Set.of("kind", "id"));
        SubjectKind kind = f.enumValue("kind", SubjectKind.class);
        String id = f.id("id");
        return kind == null || id == null ? null : new InquirySubject(kind, id);
    }

    private static List<Turn> turns(TreeFields f, List<Violation> violations) {
        List<JsonNode> items = f.array("turns", true);
        List<Turn> turns = new ArrayList<>();
        if (items == null) {
            return turns;
        }
        if (items.isEmpty()) {
            violations.add(new Violation(f.at("turns"), "must hold at least one turn"));
        }
        for (int i = 0; i < items.size(); i++) {
            String where = f.at("turns") + "/" + i;
            TreeFields t = new TreeFields(items.get(i), where, violations);
            if (!t.isObject()) {
                continue;
            }
            t.onlyKnown(Set.of("phase", "question", "answer"));
            EarsPhase phase = t.enumValue("phase", EarsPhase.class);
            String question = t.text("question");
            String answer = t.text("answer");
            if (phase != null && question != null && answer != null) {
                turns.add(new Turn(phase, question, answer));
            }
        }
        return turns;
    }
}
