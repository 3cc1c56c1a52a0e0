package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sosqa.core.testing.SampleCases;

/** A sample document as a tree to edit by JSON Pointer, and assertions on what checking it reports. */
final class DocumentFixture {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DocumentFixture() {
    }

    static ObjectNode full() {
        return tree(SosQaJson.toJson(SampleCases.full()));
    }

    static ObjectNode minimal() {
        return tree(SosQaJson.toJson(SampleCases.minimal()));
    }

    static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the value at a pointer whose parent exists. */
    static ObjectNode set(ObjectNode doc, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            int i = Integer.parseInt(last);
            if (i == array.size()) {
                array.add(value);
            } else {
                array.set(i, value);
            }
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return doc;
    }

    static ObjectNode set(ObjectNode doc, String pointer, String value) {
        return set(doc, pointer, MAPPER.getNodeFactory().textNode(value));
    }

    static ObjectNode remove(ObjectNode doc, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        } else {
            ((ObjectNode) parent).remove(last);
        }
        return doc;
    }

    static List<Violation> check(JsonNode doc) {
        return SosQaJson.check(doc.toString()).violations();
    }

    /** The document has exactly one problem, at this pointer, whose message contains every fragment. */
    static Violation assertOnly(JsonNode doc, String pointer, String... fragments) {
        List<Violation> violations = check(doc);
        assertEquals(1, violations.size(), "expected one violation at " + pointer + ", got " + violations);
        Violation v = violations.get(0);
        assertEquals(pointer, v.path(), v.toString());
        for (String f : fragments) {
            assertTrue(v.message().contains(f), "message should contain '" + f + "': " + v);
        }
        return v;
    }

    /** Among the document's problems is one at this pointer whose message contains every fragment. */
    static Violation assertHas(JsonNode doc, String pointer, String... fragments) {
        List<Violation> violations = check(doc);
        for (Violation v : violations) {
            if (v.path().equals(pointer) && List.of(fragments).stream().allMatch(v.message()::contains)) {
                return v;
            }
        }
        throw new AssertionError("no violation at " + pointer + " containing " + List.of(fragments) + " in " + violations);
    }
}
