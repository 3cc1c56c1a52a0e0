package org.sosqa.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.core.SosQaJson;
import org.sosqa.rules.StatementKind;

/**
 * Seeded variations of the bundled sample case, for benchmarks: the same shape, another id, and the
 * sample's own harm, danger and goal texts dealt out again at random, so that documents differ while
 * staying valid. The same seed gives the same documents.
 */
public final class Cases {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Cases() {
    }

    /** A statement and its kind, for live checks. */
    public record Statement(StatementKind kind, String text) {
    }

    /** The sample document, as shipped. */
    public static byte[] sampleJson() {
        try (InputStream in = SampleCase.class.getResourceAsStream(SampleCase.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample case is missing: " + SampleCase.RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Valid documents, compact JSON in UTF-8.
     *
     * @param count how many
     * @param seed the seed
     * @return the documents
     */
    public static List<byte[]> documents(int count, long seed) {
        try {
            JsonNode sample = MAPPER.readTree(sampleJson());
            List<TextNode> harms = texts(sample, "harmStatements", null);
            List<TextNode> dangers = texts(sample, "dangerStatements", null);
            List<TextNode> goals = texts(sample, "dangerStatements", "safetyGoal");
            Random random = new Random(seed);
            List<byte[]> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ObjectNode doc = sample.deepCopy();
                doc.put("id", String.format("case-%07d", i));
                for (JsonNode version : doc.path("assessments")) {
                    for (JsonNode harm : version.path("harmStatements")) {
                        ((ObjectNode) harm).set("text", pick(harms, random));
                    }
                    for (JsonNode danger : version.path("dangerStatements")) {
                        ((ObjectNode) danger).set("text", pick(dangers, random));
                        ((ObjectNode) danger.path("safetyGoal")).set("text", pick(goals, random));
                    }
                }
                out.add(MAPPER.writeValueAsBytes(doc));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Valid records, read from {@link #documents}.
     *
     * @param count how many
     * @param seed the seed
     * @return the records
     */
    public static List<CaseRecord> records(int count, long seed) {
        List<CaseRecord> out = new ArrayList<>(count);
        for (byte[] doc : documents(count, seed)) {
            out.add(SosQaJson.reader().check(doc).orElseThrow("generated case"));
        }
        return out;
    }

    /**
     * A copy of a record under another id: a distinct case that shares the rest, cheap to make.
     *
     * @param record the record
     * @param id the new id
     * @return the copy
     */
    public static CaseRecord withId(CaseRecord record, String id) {
        return new CaseRecord(id, record.organisation(), record.team(), record.worker(), record.serviceStage(),
                record.opened(), record.closed(), record.children(), record.people(), record.assessments(),
                record.events(), record.audits());
    }

    /**
     * Every harm, danger and goal statement of the sample, as a worker would type them, with a few
     * longer ones made by joining them.
     *
     * @return the statements
     */
    public static List<Statement> statements() {
        try {
            JsonNode sample = MAPPER.readTree(sampleJson());
            List<Statement> out = new ArrayList<>();
            texts(sample, "harmStatements", null).forEach(t -> out.add(new Statement(StatementKind.HARM, t.asText())));
            texts(sample, "dangerStatements", null).forEach(t -> out.add(new Statement(StatementKind.DANGER, t.asText())));
            texts(sample, "dangerStatements", "safetyGoal").forEach(t -> out.add(new Statement(StatementKind.GOAL, t.asText())));
            int n = out.size();
            for (int i = 0; i < n; i++) {
                Statement a = out.get(i);
                Statement b = out.get((i + 1) % n);
                out.add(new Statement(a.kind(), a.text() + " " + b.text() + " " + a.text()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TextNode> texts(JsonNode doc, String list, String inner) {
        List<TextNode> out = new ArrayList<>();
        for (JsonNode version : doc.path("assessments")) {
            for (JsonNode item : version.path(list)) {
                JsonNode holder = inner == null ? item : item.path(inner);
                if (holder.path("text").isTextual()) {
                    out.add((TextNode) holder.get("text"));
                }
            }
        }
        return out;
    }

    private static TextNode pick(List<TextNode> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
