package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sosqa.core.Identifier;
import org.sosqa.core.Violation;

/**
 * Reads the properties of one JSON object of a small record format (inquiry records, time records,
 * ratings) and collects a located {@link Violation} for each problem instead of stopping at the first.
 * Messages name properties, pointers, identifiers, enum spellings and numbers only: never the value of a
 * free-text property. Not API.
 */
public final class TreeFields {

    private static final Pattern ID = Pattern.compile(Identifier.PATTERN);
    private static final int MAX_TEXT = 4000;

    private final JsonNode node;
    private final String pointer;
    private final List<Violation> violations;

    /**
     * Reads the object at a pointer.
     *
     * @param node the object
     * @param pointer its JSON Pointer in the document ({@code ""} for the root)
     * @param violations where problems go
     */
    public TreeFields(JsonNode node, String pointer, List<Violation> violations) {
        this.node = node;
        this.pointer = pointer;
        this.violations = violations;
    }

    /**
     * Whether the node is an object; if not, a violation is added.
     *
     * @return true for an object
     */
    public boolean isObject() {
        if (node == null || !node.isObject()) {
            violations.add(new Violation(pointer, "must be a JSON object"));
            return false;
        }
        return true;
    }

    /**
     * Adds a violation for every property not in the allowed set.
     *
     * @param allowed the property names the format knows
     */
    public void onlyKnown(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                violations.add(new Violation(at(name), "unknown property; expected one of " + new java.util.TreeSet<>(allowed)));
            }
        }
    }

    /** The pointer to a property of this object. */
    public String at(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The violations collected so far (shared with the caller). */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * A required pseudonymous identifier.
     *
     * @param name the property
     * @return the value, or null after adding a violation
     */
    public String id(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            violations.add(new Violation(at(name), "is required"));
            return null;
        }
        return id(v, at(name));
    }

    /**
     * An optional pseudonymous identifier.
     *
     * @param name the property
     * @return the value, or null when absent or invalid (a violation is added when invalid)
     */
    public String optionalId(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : id(v, at(name));
    }

    private String id(JsonNode v, String where) {
        if (!v.isTextual() || !ID.matcher(v.textValue()).matches()) {
            violations.add(new Violation(where, "must be a pseudonymous identifier: 1-64 letters, digits or . _ : - (no spaces)"));
            return null;
        }
        return v.textValue();
    }

    /**
     * A required ISO date ({@code YYYY-MM-DD}).
     *
     * @param name the property
     * @return the date, or null after adding a violation
     */
    public LocalDate date(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            violations.add(new Violation(at(name), "is required"));
            return null;
        }
        if (v.isTextual()) {
            try {
                return LocalDate.parse(v.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        violations.add(new Violation(at(name), "must be a date written YYYY-MM-DD"));
        return null;
    }

    /**
     * A required whole number in a range.
     *
     * @param name the property
     * @param min the least allowed
     * @param max the most allowed
     * @return the number, or null after adding a violation
     */
    public Integer integer(String name, int min, int max) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            violations.add(new Violation(at(name), "is required"));
            return null;
        }
        return integer(v, at(name), min, max);
    }

    /**
     * A whole number in a range, at a pointer.
     *
     * @param v the node
     * @param where its pointer
     * @param min the least allowed
     * @param max the most allowed
     * @return the number, or null after adding a violation
     */
    public Integer integer(JsonNode v, String where, int min, int max) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            violations.add(new Violation(where, "must be a whole number from " + min + " to " + max));
            return null;
        }
        return v.intValue();
    }

    /**
     * A required boolean.
     *
     * @param name the property
     * @return the value, or null after adding a violation
     */
    public Boolean bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isBoolean()) {
            violations.add(new Violation(at(name), v == null ? "is required" : "must be true or false"));
            return null;
        }
        return v.booleanValue();
    }

    /**
     * A required enum constant, spelled as the constant.
     *
     * @param name the property
     * @param type the enum
     * @param <E> the enum type
     * @return the constant, or null after adding a violation
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            violations.add(new Violation(at(name), "is required"));
            return null;
        }
        return enumValue(v, at(name), type);
    }

    /**
     * An enum constant at a pointer.
     *
     * @param v the node
     * @param where its pointer
     * @param type the enum
     * @param <E> the enum type
     * @return the constant, or null after adding a violation
     */
    public <E extends Enum<E>> E enumValue(JsonNode v, String where, Class<E> type) {
        if (v.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.textValue())) {
                    return e;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        violations.add(new Violation(where, "must be one of " + names));
        return null;
    }

    /**
     * A required free-text string. The value is never put into a message.
     *
     * @param name the property
     * @return the text, or null after adding a violation
     */
    public String text(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            violations.add(new Violation(at(name), "is required"));
            return null;
        }
        return text(v, at(name));
    }

    /**
     * A free-text string at a pointer: not blank, at most 4,000 characters.
     *
     * @param v the node
     * @param where its pointer
     * @return the text, or null after adding a violation
     */
    public String text(JsonNode v, String where) {
        if (!v.isTextual() || v.textValue().isBlank()) {
            violations.add(new Violation(where, "must be a non-empty string"));
            return null;
        }
        if (v.textValue().length() > MAX_TEXT) {
            violations.add(new Violation(where, "must be at most " + MAX_TEXT + " characters long"));
            return null;
        }
        return v.textValue();
    }

    /**
     * An array property; absent means empty when {@code required} is false.
     *
     * @param name the property
     * @param required whether it must be present
     * @return the array's elements, or null after adding a violation
     */
    public List<JsonNode> array(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                violations.add(new Violation(at(name), "is required"));
                return null;
            }
            return List.of();
        }
        if (!v.isArray()) {
            violations.add(new Violation(at(name), "must be an array"));
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    /**
     * An optional array of free-text strings; absent means empty.
     *
     * @param name the property
     * @return the strings (only the valid ones; a violation for each bad one)
     */
    public List<String> texts(String name) {
        List<JsonNode> items = array(name, false);
        List<String> out = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                String t = text(items.get(i), at(name) + "/" + i);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * An optional array of identifiers, each from a known set; absent means empty; duplicates refused.
     *
     * @param name the property
     * @param known the identifiers allowed
     * @param what what the identifiers are, for the message ("practice tag")
     * @return the identifiers (only the valid ones)
     */
    public List<String> ids(String name, Collection<String> known, String what) {
        List<JsonNode> items = array(name, false);
        List<String> out = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                String where = at(name) + "/" + i;
                String id = id(items.get(i), where);
                if (id == null) {
                    continue;
                }
                if (!known.contains(id)) {
                    violations.add(new Violation(where, "unknown " + what + " \"" + id + "\"; the vocabulary has "
                            + known.size() + " (see the guide, or extend the vocabulary)"));
                } else if (out.contains(id)) {
                    violations.add(new Violation(where, what + " \"" + id + "\" is listed twice"));
                } else {
                    out.add(id);
                }
            }
        }
        return out;
    }
}
