package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.Violation;

/**
 * Validates a document tree against the shipped JSON Schema (draft 2020-12, formats asserted) and turns
 * every error into a {@link Violation} whose path is the instance location, or the missing or unknown
 * property's own pointer. Loaded once; thread-safe.
 *
 * <p>The work is bounded whatever the document: {@link ShapeGuard} first refuses oversized lists and
 * objects; then the top-level properties and each item of the top-level lists are validated one at a
 * time, and checking stops once {@link #MAX_REPORTED} problems are found. Lenient mode uses a copy of the
 * schema without {@code additionalProperties: false}, so unknown properties cost nothing; that copy is compiled
 * on first use.
 */
final class SchemaCheck {

    /** The most problems reported for one document; a note says when there were more. */
    static final int MAX_REPORTED = 1000;

    private static final SchemaCheck INSTANCE = new SchemaCheck();

    private final JsonNode schemaTree;
    private final ShapeGuard guard;
    private final Variant strict;

    private SchemaCheck() {
        JsonNode schemaTree;
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SosQaJson.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema " + SosQaJson.SCHEMA_RESOURCE + " is missing from the class path");
            }
            schemaTree = JsonSupport.mapper(false).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the JSON Schema " + SosQaJson.SCHEMA_RESOURCE, e);
        }
        this.schemaTree = schemaTree;
        guard = new ShapeGuard(schemaTree);
        strict = new Variant(schemaTree);
    }

    /**
     * The lenient variant is compiled the first time a lenient read needs it (the JVM's lazy holder idiom):
     * most applications never read leniently, and compiling the schema is a large part of the first read.
     */
    private static final class Lenient {
        static final Variant VARIANT = INSTANCE.openVariant();
    }

    private Variant openVariant() {
        ObjectNode open = schemaTree.deepCopy();
        removeClosedObjects(open);
        return new Variant(open);
    }

    static SchemaCheck instance() {
        return INSTANCE;
    }

    /**
     * Every schema violation of a tree, up to {@link #MAX_REPORTED}.
     *
     * @param tree the document
     * @param ignoreUnknown true to accept properties the schema does not define
     * @return the violations, without those about {@code schemaVersion}, which {@link SchemaVersionCheck} reports
     */
    List<Violation> check(JsonNode tree, boolean ignoreUnknown) {
        List<Violation> shape = guard.check(tree);
        if (!shape.isEmpty()) {
            return shape;
        }
        Variant variant = ignoreUnknown ? Lenient.VARIANT : strict;
        Set<Violation> out = new LinkedHashSet<>();
        add(out, variant.root.validate(tree), "", variant);
        for (Map.Entry<String, JsonSchema> list : variant.items.entrySet()) {
            JsonNode items = tree.get(list.getKey());
            if (items == null || !items.isArray()) {
                continue;
            }
            for (int i = 0; i < items.size() && out.size() < MAX_REPORTED; i++) {
                add(out, list.getValue().validate(items.get(i)), "/" + list.getKey() + "/" + i, variant);
            }
        }
        List<Violation> result = new ArrayList<>(out);
        if (result.size() > MAX_REPORTED) {
            result = new ArrayList<>(result.subList(0, MAX_REPORTED));
        }
        if (out.size() >= MAX_REPORTED) {
            result.add(new Violation("", "more problems were found than are listed: only the first "
                    + String.format(Locale.ROOT, "%,d", MAX_REPORTED) + " are shown"));
        }
        return result;
    }

    private static void add(Set<Violation> out, Set<ValidationMessage> errors, String prefix, Variant variant) {
        for (ValidationMessage error : errors) {
            if (emptyTextAlsoReportedAsBlank(error)) {
                continue;
            }
            Violation v = variant.messages.translate(error, prefix);
            if (v.path().equals(SchemaVersionCheck.POINTER) || v.path().startsWith(SchemaVersionCheck.POINTER + "/")) {
                continue;
            }
            out.add(v);
        }
    }

    /** {@code ""} breaks both {@code minLength: 1} and the not-blank pattern: say it once, as empty. */
    private static boolean emptyTextAlsoReportedAsBlank(ValidationMessage error) {
        return "pattern".equals(error.getType()) && error.getArguments() != null && error.getArguments().length > 0
                && "\\S".equals(String.valueOf(error.getArguments()[0]))
                && error.getInstanceNode() != null && error.getInstanceNode().isTextual()
                && error.getInstanceNode().asText().isEmpty();
    }

    /** Drops every {@code additionalProperties: false}; a map's value schema stays. */
    private static void removeClosedObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ap = object.get("additionalProperties");
            if (ap != null && ap.isBoolean() && !ap.booleanValue()) {
                object.remove("additionalProperties");
            }
        }
        node.forEach(SchemaCheck::removeClosedObjects);
    }

    /** The schema split for bounded checking: the document without its lists' items, and one schema per item type. */
    private static final class Variant {
        final JsonSchema root;
        final Map<String, JsonSchema> items = new LinkedHashMap<>();
        final SchemaMessages messages;

        Variant(JsonNode schemaTree) {
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .build();
            ObjectNode shallow = schemaTree.deepCopy();
            String id = schemaTree.path("$id").asText();
            for (Iterator<Map.Entry<String, JsonNode>> it = schemaTree.get("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode itemRef = p.getValue().path("items").path("$ref");
                if (!itemRef.isTextual()) {
                    continue;
                }
                ((ObjectNode) shallow.get("properties").get(p.getKey())).set("items", BooleanNode.TRUE);
                ObjectNode item = schemaTree.deepCopy();
                item.retain("$schema", "$defs");
                item.put("$id", id + ":items:" + p.getKey());
                item.put("$ref", itemRef.asText());
                JsonSchema schema = factory.getSchema(item, config);
                schema.initializeValidators();
                items.put(p.getKey(), schema);
            }
            root = factory.getSchema(shallow, config);
            root.initializeValidators();
            messages = new SchemaMessages(schemaTree);
        }
    }
}
