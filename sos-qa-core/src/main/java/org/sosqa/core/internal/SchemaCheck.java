package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.Violation;

/**
 * Validates a document tree against the shipped JSON Schema (draft 2020-12, formats asserted) and turns
 * every error into a {@link Violation} whose path is the instance location, or the missing or unknown
 * property's own pointer. Loaded once; thread-safe.
 */
final class SchemaCheck {

    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final JsonNode schemaTree;
    private final JsonSchema schema;
    private final SchemaMessages messages;

    private SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SosQaJson.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema " + SosQaJson.SCHEMA_RESOURCE + " is missing from the class path");
            }
            schemaTree = JsonSupport.mapper(false).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the JSON Schema " + SosQaJson.SCHEMA_RESOURCE, e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
        schema.initializeValidators();
        messages = new SchemaMessages(schemaTree);
    }

    static SchemaCheck instance() {
        return INSTANCE;
    }

    /**
     * Every schema violation of a tree.
     *
     * @param tree the document
     * @param ignoreUnknown true to accept properties the schema does not define
     * @return the violations, without those about {@code schemaVersion}, which {@link SchemaVersionCheck} reports
     */
    List<Violation> check(JsonNode tree, boolean ignoreUnknown) {
        Set<ValidationMessage> errors = schema.validate(tree);
        Set<Violation> out = new LinkedHashSet<>();
        for (ValidationMessage error : errors) {
            if (ignoreUnknown && "additionalProperties".equals(error.getType())) {
                continue;
            }
            if (emptyTextAlsoReportedAsBlank(error)) {
                continue;
            }
            Violation v = messages.translate(error);
            if (v.path().equals(SchemaVersionCheck.POINTER) || v.path().startsWith(SchemaVersionCheck.POINTER + "/")) {
                continue;
            }
            out.add(v);
        }
        return new ArrayList<>(out);
    }

    /** {@code ""} breaks both {@code minLength: 1} and the not-blank pattern: say it once, as empty. */
    private static boolean emptyTextAlsoReportedAsBlank(ValidationMessage error) {
        return "pattern".equals(error.getType()) && error.getArguments() != null && error.getArguments().length > 0
                && "\\S".equals(String.valueOf(error.getArguments()[0]))
                && error.getInstanceNode() != null && error.getInstanceNode().isTextual()
                && error.getInstanceNode().asText().isEmpty();
    }
}
