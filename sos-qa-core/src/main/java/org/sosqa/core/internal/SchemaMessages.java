package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sosqa.core.Identifier;
import org.sosqa.core.Violation;

/**
 * Plain-English messages for JSON Schema errors. They name the property and the rule broken, list the
 * allowed enum spellings and properties, and give numbers; they never repeat a string value of the
 * document, except an enum-like code such as {@code CHILD_PROTECTION}.
 */
final class SchemaMessages {

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z0-9_]{1,40}|[A-Za-z0-9]{1,20}(_[A-Za-z0-9]{1,20}){1,5}");
    private static final int MAX_LISTED = 40;

    private final JsonNode schemaTree;

    SchemaMessages(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
    }

    Violation translate(ValidationMessage error) {
        return translate(error, "");
    }

    /** The violation for an error found in a part of the document, whose own pointer is {@code prefix}. */
    Violation translate(ValidationMessage error, String prefix) {
        String at = prefix + pointer(error);
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        String type = String.valueOf(error.getType());
        String subject = subject(at);
        switch (type) {
            case "required": {
                String path = Pointers.child(at, error.getProperty());
                return new Violation(path, "required property " + quote(error.getProperty()) + " is missing");
            }
            case "additionalProperties": {
                String path = Pointers.child(at, error.getProperty());
                return new Violation(path, "unknown property " + quote(error.getProperty()) + " is not allowed here"
                        + allowedProperties(error) + "; check its spelling, or read in lenient mode to ignore unknown properties");
            }
            case "propertyNames": {
                String path = Pointers.child(at, error.getProperty());
                return new Violation(path, "a key of " + subject + " " + arg(args, 1));
            }
            case "type": {
                String found = arg(args, 0);
                String expected = arg(args, 1);
                if ("null".equals(found)) {
                    return new Violation(at, subject + " is null, but must be " + article(expected)
                            + ": leave an optional property out of the document instead of writing null");
                }
                return new Violation(at, subject + " must be " + article(expected) + ", found " + article(found));
            }
            case "enum":
                return new Violation(at, enumMessage(subject, error));
            case "pattern": {
                String pattern = arg(args, 0);
                if (Identifier.PATTERN.equals(pattern)) {
                    return new Violation(at, subject + " is not a valid identifier: use 1 to 64 letters, digits or . _ : -, "
                            + "starting with a letter or digit, and no spaces");
                }
                if ("\\S".equals(pattern)) {
                    return new Violation(at, subject + " must not be blank");
                }
                return new Violation(at, subject + " does not match the pattern " + pattern);
            }
            case "format":
                if ("date".equals(arg(args, 0))) {
                    return new Violation(at, subject + " must be a calendar date written YYYY-MM-DD (ISO-8601), such as \"2024-03-31\"");
                }
                return new Violation(at, subject + " is not in the format " + arg(args, 0));
            case "minimum":
                return new Violation(at, subject + " must be at least " + arg(args, 0) + number(error));
            case "maximum":
                return new Violation(at, subject + " must be at most " + arg(args, 0) + number(error));
            case "minLength":
                return new Violation(at, "1".equals(arg(args, 0)) ? subject + " must not be empty"
                        : subject + " must be at least " + arg(args, 0) + " characters long");
            case "maxLength":
                return new Violation(at, subject + " must be at most " + arg(args, 0) + " characters long"
                        + (error.getInstanceNode() != null && error.getInstanceNode().isTextual()
                        ? " (found " + error.getInstanceNode().asText().codePointCount(0, error.getInstanceNode().asText().length()) + ")" : ""));
            case "minItems":
                return new Violation(at, subject + " must have at least " + items(arg(args, 0)) + " (found " + arg(args, 1) + ")");
            case "maxItems":
                return new Violation(at, subject + " must have at most " + items(arg(args, 0)) + " (found " + arg(args, 1) + ")");
            case "maxProperties":
                return new Violation(at, subject + " must have at most " + arg(args, 0) + " entries");
            default:
                return new Violation(at, subject + " breaks the schema rule \"" + type + "\"");
        }
    }

    static String describeType(JsonNode node) {
        switch (node.getNodeType()) {
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case NULL:
                return "null";
            default:
                return "a value of another kind";
        }
    }

    /** How a message names the value at a pointer: its property, or the item of its array. */
    static String subject(String pointer) {
        List<String> segments = Pointers.segments(pointer);
        if (segments.isEmpty()) {
            return "the document";
        }
        String last = segments.get(segments.size() - 1);
        if (isIndex(last) && segments.size() > 1) {
            return "item " + last + " of " + quote(segments.get(segments.size() - 2));
        }
        return quote(last);
    }

    /** A property name in double quotes, shortened if long. */
    static String quote(String name) {
        String n = name == null ? "" : name;
        if (n.length() > 64) {
            n = n.substring(0, 64) + "...";
        }
        StringBuilder sb = new StringBuilder("\"");
        n.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }

    private static String pointer(ValidationMessage error) {
        return error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
    }

    private String enumMessage(String subject, ValidationMessage error) {
        List<String> allowed = new ArrayList<>();
        JsonNode values = error.getSchemaNode();
        if (values != null && values.isArray()) {
            values.forEach(v -> allowed.add(v.asText()));
        }
        JsonNode found = error.getInstanceNode();
        StringBuilder sb = new StringBuilder(subject).append(" must be one of ").append(String.join(", ", allowed));
        if (found != null && found.isTextual()) {
            String value = found.asText();
            String upper = value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (allowed.contains(upper)) {
                sb.append(" (spellings are upper case with underscores: write \"").append(upper).append("\")");
            } else if (CODE_LIKE.matcher(value).matches()) {
                sb.append(" (found \"").append(value).append("\")");
            }
        } else if (found != null) {
            sb.append(" (found ").append(describeType(found)).append(")");
        }
        return sb.toString();
    }

    private String allowedProperties(ValidationMessage error) {
        if (error.getSchemaLocation() == null || error.getSchemaLocation().getFragment() == null) {
            return "";
        }
        String fragment = error.getSchemaLocation().getFragment().toString();
        if (!fragment.endsWith("/additionalProperties")) {
            return "";
        }
        String parent = fragment.substring(0, fragment.length() - "/additionalProperties".length());
        JsonNode properties = schemaTree.at(parent + "/properties");
        if (!properties.isObject()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext() && names.size() < MAX_LISTED;) {
            names.add(it.next());
        }
        return " (the properties here are " + String.join(", ", names) + ")";
    }

    private static String number(ValidationMessage error) {
        JsonNode n = error.getInstanceNode();
        if (n == null || !n.isNumber()) {
            return "";
        }
        String text = n.asText();
        return text.length() > 30 ? "" : " (found " + text + ")";
    }

    private static String items(String n) {
        return "1".equals(n) ? "1 item" : n + " items";
    }

    private static String article(String type) {
        if (type == null || type.isEmpty()) {
            return "a value";
        }
        String t = type.replace("\"", "");
        boolean vowel = "aeiou".indexOf(Character.toLowerCase(t.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + t;
    }

    private static String arg(Object[] args, int i) {
        return i < args.length && args[i] != null ? String.valueOf(args[i]) : "";
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
    }
}
