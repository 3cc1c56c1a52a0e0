package org.sosqa.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sosqa.core.ReadLimits;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.RecordBatch.InvalidRecord;
import org.sosqa.core.Violation;

/**
 * Reads files of small records: either one JSON document holding an array of records under a named
 * property ({@code {"schemaVersion": "1.0", "inquiries": [...]}}), or a JSON Lines file ({@code *.jsonl},
 * one record per line). Each record is bound on its own, so one bad record is reported (with its pointer,
 * or its line) and every other one is kept. A syntax error is reported with its line and column and never
 * repeats the document's text. Not API.
 */
public final class RecordFiles {

    /** The version of the small record formats this library reads. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private RecordFiles() {
    }

    /**
     * Binds one record, adding a violation for each problem.
     *
     * @param <T> the record type
     */
    @FunctionalInterface
    public interface RecordBinder<T> {
        /**
         * Binds the record at a pointer.
         *
         * @param node the record's JSON
         * @param pointer its JSON Pointer in the document
         * @param violations where problems go
         * @return the record, or null when a violation was added
         */
        T bind(JsonNode node, String pointer, List<Violation> violations);
    }

    /**
     * Reads a file.
     *
     * @param file the file; {@code *.jsonl} is read as JSON Lines
     * @param arrayKey the property that holds the records in a JSON document
     * @param binder binds one record
     * @param <T> the record type
     * @return every valid record, and every invalid one with its source
     */
    public static <T> RecordBatch<T> read(Path file, String arrayKey, RecordBinder<T> binder) {
        String source = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ReadLimits.defaults().maxDocumentBytes() * 10L) {
                return failed(source, "the file is larger than " + ReadLimits.defaults().maxDocumentBytes() * 10L + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(source, "the file could not be read");
        }
        return read(source, bytes, file.getFileName().toString().endsWith(".jsonl"), arrayKey, binder);
    }

    /**
     * Reads content held in memory.
     *
     * @param source where it came from, for the report
     * @param bytes the content in UTF-8
     * @param jsonLines whether it is JSON Lines (one record per line)
     * @param arrayKey the property that holds the records in a JSON document
     * @param binder binds one record
     * @param <T> the record type
     * @return every valid record, and every invalid one with its source
     */
    public static <T> RecordBatch<T> read(String source, byte[] bytes, boolean jsonLines, String arrayKey,
            RecordBinder<T> binder) {
        List<T> records = new ArrayList<>();
        List<InvalidRecord> invalid = new ArrayList<>();
        if (jsonLines) {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String lineSource = source + ":" + (i + 1);
                JsonNode node;
                try {
                    node = parse(lines[i]);
                } catch (Malformed e) {
                    invalid.add(new InvalidRecord(lineSource, List.of(new Violation("", e.getMessage()))));
                    continue;
                }
                bindOne(node, "", lineSource, binder, records, invalid);
            }
            return new RecordBatch<>(records, invalid);
        }
        JsonNode root;
        try {
            root = parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (Malformed e) {
            return failed(source, e.getMessage());
        }
        List<Violation> top = new ArrayList<>();
        TreeFields fields = new TreeFields(root, "", top);
        if (!fields.isObject()) {
            return new RecordBatch<>(List.of(), List.of(new InvalidRecord(source, top)));
        }
        fields.onlyKnown(Set.of("schemaVersion", arrayKey));
        JsonNode version = root.get("schemaVersion");
        if (version != null && !(version.isTextual() && version.textValue().equals(SCHEMA_VERSION))) {
            top.add(new Violation("/schemaVersion", "must be \"" + SCHEMA_VERSION + "\", the version this library reads"));
        }
        List<JsonNode> items = fields.array(arrayKey, true);
        if (!top.isEmpty() || items == null) {
            return new RecordBatch<>(List.of(), List.of(new InvalidRecord(source, top)));
        }
        for (int i = 0; i < items.size(); i++) {
            bindOne(items.get(i), fields.at(arrayKey) + "/" + i, source, binder, records, invalid);
        }
        return new RecordBatch<>(records, invalid);
    }

    private static <T> void bindOne(JsonNode node, String pointer, String source, RecordBinder<T> binder,
            List<T> records, List<InvalidRecord> invalid) {
        List<Violation> violations = new ArrayList<>();
        T record = null;
        if (new TreeFields(node, pointer, violations).isObject()) {
            record = binder.bind(node, pointer, violations);
        }
        if (record == null || !violations.isEmpty()) {
            if (violations.isEmpty()) {
                violations.add(new Violation(pointer, "could not be read"));
            }
            invalid.add(new InvalidRecord(source, violations));
        } else {
            records.add(record);
        }
    }

    private static <T> RecordBatch<T> failed(String source, String message) {
        return new RecordBatch<>(List.of(), List.of(new InvalidRecord(source, List.of(new Violation("", message)))));
    }

    private static JsonNode parse(String text) throws Malformed {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new Malformed("the document is empty: expected a JSON object");
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode tree = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new Malformed("unexpected content after the end of the JSON document at "
                        + where(parser.currentTokenLocation()));
            }
            return tree;
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the document's text: give the place only.
            throw new Malformed("malformed JSON at " + where(e.getLocation()));
        } catch (IOException e) {
            throw new Malformed("the document could not be parsed");
        }
    }

    private static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "an unknown position";
        }
        return "line " + loc.getLineNr() + ", column " + Math.max(1, loc.getColumnNr());
    }

    /** A document that is not JSON; the message says where. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
