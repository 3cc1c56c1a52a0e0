package org.sosqa.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SosQaJson;

/**
 * Makes documents that are probably invalid from valid records, by seeded mutation: wrong types, unknown
 * properties, missing properties, broken references, out-of-range numbers, bad dates, nulls, duplicate
 * ids, truncation and flipped bytes. Some mutations happen to leave the document valid (removing an
 * optional property, say); tests must accept either outcome and check its shape.
 */
public final class DocumentMutator {

    /** The kinds of mutation, in the order {@link #mutate} picks from. */
    public enum Kind {
        /** A value replaced by one of another JSON type. */
        WRONG_TYPE,
        /** A property added that the format does not define. */
        UNKNOWN_PROPERTY,
        /** A property removed (required or not). */
        MISSING_PROPERTY,
        /** A reference to a person, child or danger statement that does not exist. */
        BROKEN_REFERENCE,
        /** A number far out of range. */
        OUT_OF_RANGE,
        /** A date that is not an ISO calendar date. */
        BAD_DATE,
        /** A value replaced by null. */
        NULL_VALUE,
        /** An id copied onto its neighbour. */
        DUPLICATE_ID,
        /** An enum value misspelt. */
        BAD_ENUM,
        /** The text cut short. */
        TRUNCATED,
        /** A byte of the text changed. */
        FLIPPED_BYTE,
        /** The schema version changed. */
        BAD_VERSION
    }

    /**
     * A mutated document.
     *
     * @param kind what was done
     * @param document the document's bytes, UTF-8
     */
    public record Mutated(Kind kind, byte[] document) {

        /**
         * The document as text (bytes that are not UTF-8 become replacement characters).
         *
         * @return the text
         */
        public String text() {
            return new String(document, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] REFERENCES = {"personId", "childId", "dangerStatementId", "keptBy", "addresses"};

    private final Random random;

    /**
     * A mutator.
     *
     * @param seed the seed
     */
    public DocumentMutator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * One mutation of a record's document, of a kind chosen at random.
     *
     * @param record a valid record
     * @return the mutated document
     */
    public Mutated mutate(CaseRecord record) {
        return mutate(record, Kind.values()[random.nextInt(Kind.values().length)]);
    }

    /**
     * One mutation of a chosen kind.
     *
     * @param record a valid record
     * @param kind the kind of mutation
     * @return the mutated document
     */
    public Mutated mutate(CaseRecord record, Kind kind) {
        String json = SosQaJson.toJson(record);
        if (kind == Kind.TRUNCATED) {
            return new Mutated(kind, json.substring(0, random.nextInt(json.length())).getBytes(StandardCharsets.UTF_8));
        }
        if (kind == Kind.FLIPPED_BYTE) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            return new Mutated(kind, bytes);
        }
        ObjectNode root;
        try {
            root = (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the writer wrote JSON it cannot read", e);
        }
        apply(root, kind);
        return new Mutated(kind, root.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void apply(ObjectNode root, Kind kind) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (kind) {
            case WRONG_TYPE: {
                Slot s = pick(slots);
                JsonNode old = s.get();
                JsonNode replacement = old.isTextual() ? f.numberNode(random.nextInt(100))
                        : old.isNumber() ? f.textNode("12") : old.isBoolean() ? f.textNode("true")
                        : old.isArray() ? f.objectNode() : old.isObject() ? f.arrayNode() : f.booleanNode(true);
                s.set(replacement);
                break;
            }
            case UNKNOWN_PROPERTY: {
                List<ObjectNode> objects = objects(root);
                pick(objects).put("unexpected" + random.nextInt(10), random.nextInt(3));
                break;
            }
            case MISSING_PROPERTY: {
                List<Slot> fields = slots.stream().filter(s -> s.name != null).toList();
                pick(fields).remove();
                break;
            }
            case BROKEN_REFERENCE: {
                List<Slot> refs = slots.stream().filter(s -> isReference(s)).toList();
                if (refs.isEmpty()) {
                    root.withArray("events").add(f.objectNode().put("type", "REFERRAL").put("date", "2020-01-01")
                            .put("childId", "no-such-child"));
                } else {
                    pick(refs).set(f.textNode("missing-" + random.nextInt(100)));
                }
                break;
            }
            case OUT_OF_RANGE: {
                List<Slot> numbers = slots.stream().filter(s -> s.get().isNumber()).toList();
                long value = random.nextBoolean() ? -1 - random.nextInt(1000) : 3000 + random.nextInt(1_000_000);
                if (numbers.isEmpty()) {
                    ((ObjectNode) root.withArray("children").get(0)).put("age", value);
                } else {
                    pick(numbers).set(f.numberNode(value));
                }
                break;
            }
            case BAD_DATE: {
                List<Slot> dates = slots.stream().filter(s -> s.get().isTextual()
                        && s.get().asText().matches("\\d{4}-\\d{2}-\\d{2}")).toList();
                String[] bad = {"2024-02-30", "31/12/2024", "2024-1-5", "20240105", "2024-13-01", "yesterday", "2024-01-01T10:00:00Z"};
                Slot s = dates.isEmpty() ? new Slot(root, "opened", -1) : pick(dates);
                s.set(f.textNode(bad[random.nextInt(bad.length)]));
                break;
            }
            case NULL_VALUE:
                pick(slots).set(f.nullNode());
                break;
            case DUPLICATE_ID: {
                ArrayNode children = (ArrayNode) root.get("children");
                ObjectNode copy = ((ObjectNode) children.get(0)).deepCopy();
                children.add(copy);
                break;
            }
            case BAD_ENUM: {
                String[] enumProps = {"serviceStage", "kind", "role", "rater", "tool", "type", "agreement", "familyAgreement"};
                List<Slot> enums = slots.stream().filter(s -> s.name != null && List.of(enumProps).contains(s.name)
                        && s.get().isTextual() && s.get().asText().matches("[A-Z][A-Z0-9_]*")).toList();
                Slot s = enums.isEmpty() ? new Slot(root, "serviceStage", -1) : pick(enums);
                String old = s.get() == null ? "CHILD_PROTECTION" : s.get().asText();
                s.set(f.textNode(random.nextBoolean() ? old.toLowerCase(java.util.Locale.ROOT) : old + "S"));
                break;
            }
            case BAD_VERSION:
                root.put("schemaVersion", random.nextBoolean() ? "2.0" : random.nextBoolean() ? "1.7" : "one");
                break;
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    private static boolean isReference(Slot s) {
        for (String r : REFERENCES) {
            if (r.equals(s.name) && s.get().isTextual() || r.equals(s.parentName) && s.index >= 0) {
                return true;
            }
        }
        return false;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<ObjectNode> objects(JsonNode node) {
        List<ObjectNode> out = new ArrayList<>();
        if (node.isObject()) {
            out.add((ObjectNode) node);
        }
        node.forEach(child -> out.addAll(objects(child)));
        return out;
    }

    private static void collect(JsonNode node, List<Slot> out) {
        collect(node, null, out);
    }

    private static void collect(JsonNode node, String name, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(node, e.getKey(), -1));
                collect(e.getValue(), e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Slot s = new Slot(node, null, i);
                s.parentName = name;
                out.add(s);
                collect(node.get(i), name, out);
            }
        }
    }

    /** A place in the tree: a property of an object or an item of an array. */
    private static final class Slot {
        final JsonNode container;
        final String name;
        final int index;
        String parentName;

        Slot(JsonNode container, String name, int index) {
            this.container = container;
            this.name = name;
            this.index = index;
        }

        JsonNode get() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) container).remove(name);
            } else {
                ((ArrayNode) container).remove(index);
            }
        }
    }
}
