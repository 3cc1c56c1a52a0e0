package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sosqa.core.Violation;

/**
 * The {@code schemaVersion} policy. This library reads major version 1. A document of a later 1.x minor
 * is read, and the properties that minor added are ignored (minor versions only add optional properties).
 * Another major version is refused outright, since its shape is unknown. A missing or malformed version
 * is reported and the rest of the document is still checked as 1.0, so that all problems show at once.
 */
final class SchemaVersionCheck {

    static final String POINTER = "/" + JsonSupport.SCHEMA_VERSION;
    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private SchemaVersionCheck() {
    }

    /**
     * What the version says.
     *
     * @param violations problems with the version itself
     * @param stop true when nothing else should be checked
     * @param newerMinor true for a 1.x document later than 1.0, whose unknown properties are ignored
     */
    record Outcome(List<Violation> violations, boolean stop, boolean newerMinor) {
    }

    static Outcome check(JsonNode root) {
        if (!root.isObject()) {
            return new Outcome(List.of(new Violation("", "a case document must be a JSON object, found "
                    + SchemaMessages.describeType(root))), true, false);
        }
        JsonNode v = root.get(JsonSupport.SCHEMA_VERSION);
        if (v == null) {
            return new Outcome(List.of(new Violation(POINTER,
                    "required property \"schemaVersion\" is missing: write \"1.0\" as the first property")),
                    false, false);
        }
        if (!v.isTextual()) {
            return new Outcome(List.of(new Violation(POINTER, "\"schemaVersion\" must be a string such as \"1.0\", found "
                    + SchemaMessages.describeType(v))), false, false);
        }
        Matcher m = VERSION.matcher(v.asText());
        if (!m.matches()) {
            return new Outcome(List.of(new Violation(POINTER,
                    "\"schemaVersion\" must be MAJOR.MINOR, such as \"1.0\"; this library reads 1.x documents")),
                    false, false);
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major != 1) {
            return new Outcome(List.of(new Violation(POINTER, "schemaVersion \"" + major + "." + minor
                    + "\" is not supported: this library reads version 1.x documents (it writes \"1.0\")")),
                    true, false);
        }
        return new Outcome(List.of(), false, minor > 0);
    }
}
