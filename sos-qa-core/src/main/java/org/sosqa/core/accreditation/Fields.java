package org.sosqa.core.accreditation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.sosqa.core.Violation;

/**
 * Reads the accreditation documents' JSON trees, collecting every problem as a {@link Violation} with a
 * JSON Pointer rather than stopping at the first. Messages name properties and expected values only,
 * never the document's free text.
 */
final class Fields {
    // Numbers as BigDecimal: exact, and a literal too big for a double is not silently Infinity.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final List<Violation> violations = new ArrayList<>();

    /** Parses a document; a syntax error becomes a violation naming its line and column. */
    JsonNode parse(InputStream in) {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                add("", "the document is empty");
                return null;
            }
            if (!root.isObject()) {
                add("", "the document must be a JSON object");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            add("", "not valid JSON" + where + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    boolean clean() {
        return violations.isEmpty();
    }

    /** Reports every property of {@code node} not in {@code known}. */
    void known(JsonNode node, String path, String... known) {
        Set<String> names = Set.of(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!names.contains(name)) {
                add(path + "/" + escape(name), "unknown property; the properties here are " + new TreeSet<>(names));
            }
        }
    }

    String text(JsonNode node, String path, String name, boolean required) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            if (required) {
                add(path + "/" + name, "is required");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            add(path + "/" + name, "must be a non-empty string");
            return null;
        }
        return value.asText();
    }

    boolean bool(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            return false;
        }
        if (!value.isBoolean()) {
            add(path + "/" + name, "must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    /** An integer in {@code [min, max]}, or null (with a violation when required or wrong). */
    Long integer(JsonNode node, String path, String name, long min, long max, boolean required) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            if (required) {
                add(path + "/" + name, "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            add(path + "/" + name, "must be a whole number from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max));
            return null;
        }
        return value.asLong();
    }

    /** A number, or null when absent or null. */
    BigDecimal decimal(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            return null;
        }
        if (!value.isNumber()) {
            add(path + "/" + name, "must be a number");
            return null;
        }
        BigDecimal number;
        try {
            number = value.decimalValue();
        } catch (NumberFormatException e) {
            add(path + "/" + name, "must be a finite number");
            return null;
        }
        // A short literal such as 1e999999999 would become a billion digits when printed: keep values sane.
        if (number.precision() - number.scale() > 15 || number.scale() > 10) {
            add(path + "/" + name, "must be a number below 10^15 with at most 10 decimal places");
            return null;
        }
        return number;
    }

    LocalDate date(JsonNode node, String path, String name, boolean required) {
        String text = text(node, path, name, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(path + "/" + name, "must be a date written YYYY-MM-DD");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String path, String name, Class<E> type, boolean required) {
        String text = text(node, path, name, required);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(path + "/" + name, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** Calls {@code each} with every object of an array property and its pointer. */
    void objects(JsonNode node, String path, String name, boolean required, BiConsumer<JsonNode, String> each) {
        JsonNode value = node.get(name);
        if (absent(value)) {
            if (required) {
                add(path + "/" + name, "is required");
            }
            return;
        }
        if (!value.isArray()) {
            add(path + "/" + name, "must be an array");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            String at = path + "/" + name + "/" + i;
            if (!value.get(i).isObject()) {
                add(at, "must be an object");
            } else {
                each.accept(value.get(i), at);
            }
        }
    }

    /** The strings of an array property; empty when absent. */
    List<String> strings(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        List<String> out = new ArrayList<>();
        if (absent(value)) {
            return out;
        }
        if (!value.isArray()) {
            add(path + "/" + name, "must be an array of strings");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual() || value.get(i).asText().isBlank()) {
                add(path + "/" + name + "/" + i, "must be a non-empty string");
            } else {
                out.add(value.get(i).asText());
            }
        }
        return out;
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
