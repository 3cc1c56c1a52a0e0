package org.sosqa.core.measure;

import org.sosqa.core.Assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The {@code map-field} test: a JSON Pointer into the current map as its case document writes it. For an
 * organisation's own measures over fields the catalogue does not name; it turns the map into a JSON tree
 * for every case it tests, so it is slower than the named tests.
 *
 * @param pointer the pointer, relative to the map
 * @param expected the value it must equal, or null for "present"
 */
record MapField(String pointer, JsonNode expected) implements DayCondition {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    static MapField of(String pointer, JsonNode expected) {
        return new MapField(pointer, expected);
    }

    @Override
    public boolean test(CaseDay v) {
        Assessment a = v.map();
        if (a == null) {
            return false;
        }
        JsonNode value = MAPPER.valueToTree(a).at(JsonPointer.compile(pointer));
        if (expected != null) {
            return value.equals(expected);
        }
        return !value.isMissingNode() && !value.isNull() && !(value.isContainerNode() && value.isEmpty());
    }

    @Override
    public String describe() {
        return expected == null ? "the map has " + pointer : "the map's " + pointer + " is " + expected;
    }
}
