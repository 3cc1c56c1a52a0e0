package org.sosqa.core.survey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sosqa.core.Violation;
import org.sosqa.core.internal.Pointers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reading JSON trees and collecting located problems while walking them. Messages name properties, ids and
 * numbers only, never a string value from the document (it may be free text about a child).
 */
final class Checks {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    final List<Violation> violations = new ArrayList<>();

    /** A parsed tree, or null with the syntax problem added. */
    JsonNode parse(String text) {
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                add("", "the document is empty");
                return null;
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            add("", "malformed JSON" + (loc == null || loc.getLineNr() < 1 ? ""
                    : " at line " + loc.getLineNr() + ", column " + Math.max(1, loc.getColumnNr())));
            return null;
        } catch (IOException e) {
            add("", "the document could not be read");
            return null;
        }
    }

    void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    boolean ok() {
        return violations.isEmpty();
    }

    /** Reports properties of {@code node} not in {@code known}. */
    void known(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                add(Pointers.child(path, name), "unknown property; expected one of " + new java.util.TreeSet<>(known));
            }
        }
    }

    /** A required non-blank string, or null with a problem added. */
    String text(JsonNode parent, String path, String name, boolean required) {
        JsonNode v = parent.get(name);
        String at = Pointers.child(path, name);
        if (v == null || v.isNull()) {
            if (required) {
                add(at, "is required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            add(at, "must be a non-empty string");
            return null;
        }
        return v.asText();
    }

    /** A required id (letters, digits, '.', '_', '-'; up to 64), or null with a problem added. */
    String id(JsonNode parent, String path, String name, boolean required) {
        String s = text(parent, path, name, required);
        if (s != null && !ID.matcher(s).matches()) {
            add(Pointers.child(path, name), "must be an id of letters, digits, '.', '_' and '-' (up to 64 characters)");
            return null;
        }
        return s;
    }

    /** An optional boolean, false when absent. */
    boolean flag(JsonNode parent, String path, String name) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            add(Pointers.child(path, name), "must be true or false");
            return false;
        }
        return v.asBoolean();
    }
}
