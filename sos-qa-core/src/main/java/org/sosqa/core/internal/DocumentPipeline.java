package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.ReadLimits;
import org.sosqa.core.ValidationResult;
import org.sosqa.core.Violation;

/**
 * Reads one document in four steps, each reporting every problem it finds, stopping after the first
 * step that found any: (1) parse under the limits; (2) the {@code schemaVersion}; (3) the JSON Schema;
 * (4) bind to records, then Bean Validation and the cross-field rules. Thread-safe.
 */
public final class DocumentPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPipeline.class);

    private final boolean lenient;
    private final ReadLimits limits;
    private final TreeParser parser;

    /**
     * A pipeline with options.
     *
     * @param lenient whether unknown properties are ignored
     * @param limits the reading limits
     */
    public DocumentPipeline(boolean lenient, ReadLimits limits) {
        this.lenient = lenient;
        this.limits = limits;
        this.parser = new TreeParser(limits);
    }

    /**
     * The limits this pipeline applies.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Checks a document read from a stream, counting its bytes against the size limit.
     *
     * @param in the stream; not closed
     * @return the result
     * @throws IOException if the stream fails
     */
    public ValidationResult check(InputStream in) throws IOException {
        byte[] bytes = BoundedInput.read(in, limits.maxDocumentBytes());
        if (bytes == null) {
            return invalid(List.of(new Violation("", TreeParser.tooLarge(limits.maxDocumentBytes()))));
        }
        return check(bytes);
    }

    /**
     * Checks a document held in memory.
     *
     * @param bytes the document in UTF-8
     * @return the result
     */
    public ValidationResult check(byte[] bytes) {
        TreeParser.Parsed parsed = parser.parse(bytes);
        if (parsed.violation() != null) {
            return invalid(List.of(parsed.violation()));
        }
        JsonNode tree = parsed.tree();
        SchemaVersionCheck.Outcome version = SchemaVersionCheck.check(tree);
        if (version.stop()) {
            return invalid(version.violations(), tree);
        }
        boolean ignoreUnknown = lenient || version.newerMinor();
        List<Violation> problems = new ArrayList<>(version.violations());
        problems.addAll(SchemaCheck.instance().check(tree, ignoreUnknown));
        if (!problems.isEmpty()) {
            return invalid(problems, tree);
        }
        Binder.Bound bound = Binder.bind(tree, ignoreUnknown);
        if (bound.violation() != null) {
            return invalid(List.of(bound.violation()));
        }
        List<Violation> recordProblems = RecordValidation.validate(bound.record(), tree);
        if (!recordProblems.isEmpty()) {
            return invalid(recordProblems, tree);
        }
        LOG.debug("case {} read and valid", bound.record().id());
        return ValidationResult.valid(bound.record());
    }

    private static ValidationResult invalid(List<Violation> violations) {
        return invalid(violations, null);
    }

    private static ValidationResult invalid(List<Violation> violations, JsonNode tree) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(tree == null ? Pointers.PATH_ORDER : Pointers.documentOrder(tree));
        LOG.debug("case document invalid: {} violations", sorted.size());
        return ValidationResult.invalid(sorted);
    }
}
