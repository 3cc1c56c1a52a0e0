package org.sosqa.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SosQaJson;

/** The shipped schema covers every record component and enum constant, and describes every property. */
class SchemaCoverageTest {

    private static JsonNode shipped() throws IOException {
        try (InputStream in = SosQaJson.class.getClassLoader().getResourceAsStream(SosQaJson.SCHEMA_RESOURCE)) {
            assertNotNull(in, "the schema is in the jar at " + SosQaJson.SCHEMA_RESOURCE);
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyRecordComponentIsAPropertyWithADescription() throws IOException {
        JsonNode schema = shipped();
        for (Class<?> type : CaseSchemaGenerator.MODEL) {
            if (!type.isRecord()) {
                continue;
            }
            JsonNode def = type == CaseRecord.class ? schema : schema.at("/$defs/" + type.getSimpleName());
            assertTrue(def.isObject(), "no definition for " + type.getSimpleName());
            assertFalse(def.path("additionalProperties").asBoolean(true), type.getSimpleName() + " forbids unknown properties");
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            List<String> properties = new ArrayList<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            if (type == CaseRecord.class) {
                assertEquals("schemaVersion", properties.remove(0), "schemaVersion comes first");
            }
            assertEquals(components, properties, "properties of " + type.getSimpleName() + " in component order");
        }
    }

    @Test
    void everyEnumConstantIsAnAllowedSpelling() throws IOException {
        JsonNode schema = shipped();
        for (Class<?> type : CaseSchemaGenerator.MODEL) {
            if (!type.isEnum()) {
                continue;
            }
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> allowed = new ArrayList<>();
            schema.at("/$defs/" + type.getSimpleName() + "/enum").forEach(n -> allowed.add(n.asText()));
            assertEquals(constants, allowed, type.getSimpleName());
        }
    }

    @Test
    void everyPropertyAndDefinitionHasADescription() throws IOException {
        JsonNode schema = shipped();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(CaseSchemaGenerator.SCHEMA_ID, schema.get("$id").asText());
        assertFalse(schema.path("title").asText().isBlank());
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, "", undescribed);
        assertEquals(List.of(), undescribed);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("$defs").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> def = it.next();
            assertFalse(def.getValue().path("description").asText().isBlank(), "no description for " + def.getKey());
        }
    }

    private static void collectUndescribed(JsonNode node, String at, List<String> out) {
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                if (p.getValue().path("description").asText().isBlank()) {
                    out.add(at + "/properties/" + p.getKey());
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> child = it.next();
            collectUndescribed(child.getValue(), at + "/" + child.getKey(), out);
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Set<ValidationMessage> errors = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(shipped());
        assertEquals(Set.of(), errors);
    }
}
