package org.sosqa.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.sosqa.core.internal.BatchReader;
import org.sosqa.core.internal.DocumentPipeline;

/**
 * Reads and validates case documents with chosen options. Immutable and thread-safe: configure one and
 * share it. Each option method returns a new reader and leaves this one unchanged.
 *
 * <pre>{@code
 * CaseReader reader = SosQaJson.reader().lenient(true).limits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1 << 20));
 * ValidationResult result = reader.check(in);
 * }</pre>
 *
 * <p>Reading goes in four steps and reports every problem of the step that found any: the JSON syntax
 * (with line and column), the {@code schemaVersion}, the JSON Schema (types, required and unknown
 * properties, enum spellings, dates, ranges), and last the rules that need the whole record (identifiers
 * unique, references resolve, versions and dates in order).
 */
public final class CaseReader {

    private static final CaseReader DEFAULT = new CaseReader(false, ReadLimits.DEFAULTS);

    private final boolean lenient;
    private final ReadLimits limits;
    private final DocumentPipeline pipeline;

    private CaseReader(boolean lenient, ReadLimits limits) {
        this.lenient = lenient;
        this.limits = limits;
        this.pipeline = new DocumentPipeline(lenient, limits);
    }

    static CaseReader defaultReader() {
        return DEFAULT;
    }

    /**
     * A reader like this one that ignores unknown properties (when true) instead of reporting them.
     * Everything else is still checked.
     *
     * @param lenient whether unknown properties are ignored
     * @return the new reader
     */
    public CaseReader lenient(boolean lenient) {
        return lenient == this.lenient ? this : new CaseReader(lenient, limits);
    }

    /**
     * A reader like this one with other limits on document size and shape.
     *
     * @param limits the limits
     * @return the new reader
     */
    public CaseReader limits(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(this.limits) ? this : new CaseReader(lenient, limits);
    }

    /**
     * Whether this reader ignores unknown properties.
     *
     * @return true in lenient mode
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * The limits this reader applies.
     *
     * @return the limits
     */
    public ReadLimits readLimits() {
        return limits;
    }

    /**
     * Checks one document without throwing for bad content. The stream is read to its end (or to the
     * size limit) and is not closed.
     *
     * @param in the document, UTF-8 encoded
     * @return the record, or every problem found
     * @throws UncheckedIOException if the stream itself fails
     */
    public ValidationResult check(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return pipeline.check(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the case document", e);
        }
    }

    /**
     * Checks one document held in memory, without throwing for bad content.
     *
     * @param json the document
     * @return the record, or every problem found
     */
    public ValidationResult check(String json) {
        Objects.requireNonNull(json, "json");
        return pipeline.check(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks one document held in memory as UTF-8 bytes, without throwing for bad content.
     *
     * @param utf8 the document
     * @return the record, or every problem found
     */
    public ValidationResult check(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return pipeline.check(utf8);
    }

    /**
     * Reads and validates one document. The stream is not closed.
     *
     * @param in the document, UTF-8 encoded
     * @return the validated record
     * @throws InvalidDocumentException listing every problem, if the document is not valid
     * @throws UncheckedIOException if the stream itself fails
     */
    public CaseRecord readCase(InputStream in) {
        return check(in).orElseThrow(null);
    }

    /**
     * Reads and validates one document held in memory.
     *
     * @param json the document
     * @return the validated record
     * @throws InvalidDocumentException listing every problem, if the document is not valid
     */
    public CaseRecord readCase(String json) {
        return check(json).orElseThrow(null);
    }

    /**
     * Reads a batch of documents lazily: a JSON Lines file ({@code *.jsonl}, one document per line, blank
     * lines skipped), a single JSON document file, or a directory, whose {@code *.json} and
     * {@code *.jsonl} files are read in name order, descending into subdirectories in the same order.
     *
     * <p>One document is in memory at a time; the documents are read on the caller's thread (see
     * {@link #readBatch(Path, int)} to read them on several). A bad line or file is reported as an
     * {@link BatchItem.InvalidCase} and the batch goes on. Close the stream (try-with-resources) to
     * release the open file.
     *
     * @param path a file or directory
     * @return the documents, in order
     * @throws UncheckedIOException if the path does not exist or cannot be listed
     */
    public Stream<BatchItem> readBatch(Path path) {
        Objects.requireNonNull(path, "path");
        return BatchReader.read(path, pipeline);
    }

    /**
     * Reads a batch as {@link #readBatch(Path)} does, with its documents parsed and validated on
     * {@code threads} threads of their own while the caller takes them, still in order. Reading a
     * document (parsing, the schema, the record's constraints) costs two to three times what auditing it
     * does, so on a machine with more than two cores a batch read on the caller's thread keeps an
     * {@code AuditEngine.auditAll} pool waiting. Reading alone went about 1.65 times as fast on two
     * threads as on one, on two cores (docs/json-format.md).
     *
     * <p>Files are still opened, and cut into documents, one at a time on the caller's thread; at most
     * 16 documents a thread are held at once. The threads are daemons and stop when the stream ends or
     * is closed. With one thread this is {@link #readBatch(Path)}.
     *
     * @param path a file or directory
     * @param threads how many threads read documents
     * @return the documents, in order
     * @throws UncheckedIOException if the path does not exist or cannot be listed
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Stream<BatchItem> readBatch(Path path, int threads) {
        Objects.requireNonNull(path, "path");
        return BatchReader.read(path, pipeline, threads);
    }

    @Override
    public String toString() {
        return "CaseReader[lenient=" + lenient + ", limits=" + limits + "]";
    }
}
