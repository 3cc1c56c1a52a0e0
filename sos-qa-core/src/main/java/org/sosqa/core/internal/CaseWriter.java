package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SosQaJson;

/**
 * Writes records as documents. Output is deterministic: properties in record-component order after
 * {@code schemaVersion}, map entries sorted by key, nulls left out, {@code \n} line ends, a final newline.
 */
public final class CaseWriter {

    private static final ObjectWriter WRITER = JsonSupport.mapper(false).writer(JsonSupport.prettyPrinter());

    private CaseWriter() {
    }

    /**
     * The writer behind {@link #toJson(CaseRecord)}, for other documents that should look the same.
     *
     * @return a pretty-printing writer
     */
    public static ObjectWriter prettyWriter() {
        return WRITER;
    }

    /**
     * The document as a tree, {@code schemaVersion} first.
     *
     * @param record the record
     * @return a new tree
     */
    public static ObjectNode toTree(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        ObjectMapper mapper = JsonSupport.mapper(false);
        ObjectNode root = mapper.createObjectNode();
        root.put(JsonSupport.SCHEMA_VERSION, SosQaJson.SCHEMA_VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(record));
        return root;
    }

    /**
     * The document as a string.
     *
     * @param record the record
     * @return the pretty-printed document with a final newline
     */
    public static String toJson(CaseRecord record) {
        try {
            return WRITER.writeValueAsString(toTree(record)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the case document", e);
        }
    }

    /**
     * Writes the document; does not close the stream.
     *
     * @param record the record
     * @param out the stream, written in UTF-8
     */
    public static void write(CaseRecord record, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toJson(record).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the case document", e);
        }
    }
}
