package org.sosqa.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.sosqa.core.internal.CaseWriter;

/**
 * The one entry point for case documents in JSON: read and validate them, check them without
 * exceptions, read batches, and write records back.
 *
 * <pre>{@code
 * CaseRecord record = SosQaJson.readCase(in);                // throws InvalidDocumentException
 * ValidationResult result = SosQaJson.check(in);             // never throws for bad content
 * try (Stream<BatchItem> items = SosQaJson.readBatch(Path.of("cases.jsonl"))) { ... }
 * String json = SosQaJson.toJson(record);                    // deterministic, pretty-printed
 * }</pre>
 *
 * <p>The static read methods use a strict reader with the default {@link ReadLimits}; use
 * {@link #reader()} for lenient mode or other limits. Everything here is thread-safe. The format is
 * described in {@code docs/json-format.md}, and its JSON Schema ships in this jar at
 * {@value #SCHEMA_RESOURCE}.
 */
public final class SosQaJson {

    /** The schema version this library writes, and the highest 1.x minor it knows. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The class-path location of the JSON Schema (draft 2020-12) of a case document. */
    public static final String SCHEMA_RESOURCE = "org/sosqa/core/case-document.schema.json";

    private SosQaJson() {
    }

    /**
     * The default reader: strict (unknown properties are errors), with the default limits. Derive other
     * readers from it with {@link CaseReader#lenient(boolean)} and {@link CaseReader#limits(ReadLimits)}.
     *
     * @return the default reader
     */
    public static CaseReader reader() {
        return CaseReader.defaultReader();
    }

    /**
     * Reads and validates one document. The stream is not closed.
     *
     * @param in the document, UTF-8 encoded
     * @return the validated record
     * @throws InvalidDocumentException listing every problem, if the document is not valid
     * @throws UncheckedIOException if the stream itself fails
     */
    public static CaseRecord readCase(InputStream in) {
        return reader().readCase(in);
    }

    /**
     * Reads and validates one document held in memory.
     *
     * @param json the document
     * @return the validated record
     * @throws InvalidDocumentException listing every problem, if the document is not valid
     */
    public static CaseRecord readCase(String json) {
        return reader().readCase(json);
    }

    /**
     * Checks one document without throwing for bad content. The stream is not closed.
     *
     * @param in the document, UTF-8 encoded
     * @return the record, or every problem found
     * @throws UncheckedIOException if the stream itself fails
     */
    public static ValidationResult check(InputStream in) {
        return reader().check(in);
    }

    /**
     * Checks one document held in memory without throwing for bad content.
     *
     * @param json the document
     * @return the record, or every problem found
     */
    public static ValidationResult check(String json) {
        return reader().check(json);
    }

    /**
     * Reads a JSON Lines file, a JSON file or a directory of them lazily; see
     * {@link CaseReader#readBatch(Path)}. Close the stream when done.
     *
     * @param path a file or directory
     * @return the documents, in order
     * @throws UncheckedIOException if the path does not exist or cannot be listed
     */
    public static Stream<BatchItem> readBatch(Path path) {
        return reader().readBatch(path);
    }

    /**
     * Reads a batch as {@link #readBatch(Path)} does, parsing and validating its documents on
     * {@code threads} threads; see {@link CaseReader#readBatch(Path, int)}. Close the stream when done.
     *
     * @param path a file or directory
     * @param threads how many threads read documents; 1 reads them on the caller's thread
     * @return the documents, in order
     * @throws UncheckedIOException if the path does not exist or cannot be listed
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static Stream<BatchItem> readBatch(Path path, int threads) {
        return reader().readBatch(path, threads);
    }

    /**
     * Writes a record as a pretty-printed document, {@code schemaVersion} first, ending with a newline.
     * Equal records give byte-identical output. The record is not validated; the stream is not closed.
     *
     * @param record the record
     * @param out where to write, in UTF-8
     * @throws UncheckedIOException if the stream fails
     */
    public static void writeCase(CaseRecord record, OutputStream out) {
        CaseWriter.write(record, out);
    }

    /**
     * The record as a pretty-printed document, {@code schemaVersion} first, ending with a newline.
     * Equal records give identical strings. The record is not validated.
     *
     * @param record the record
     * @return the document
     */
    public static String toJson(CaseRecord record) {
        return CaseWriter.toJson(record);
    }
}
