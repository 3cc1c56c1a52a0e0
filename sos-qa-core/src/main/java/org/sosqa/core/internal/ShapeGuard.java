package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sosqa.core.Violation;

/**
 * A cheap walk before the JSON Schema check that refuses lists longer than the format allows and objects
 * with absurdly many properties. Without it, a 16 MiB document of a million tiny wrong values would make
 * the schema validator build a million error objects. It follows only properties the format defines, so
 * a lenient reader's extension properties are never walked.
 */
final class ShapeGuard {

    /** More properties than any object of the format has (the largest has 14; a map at most 32). */
    static final int MAX_PROPERTIES = 256;
    private static final int MAX_REPORTED = 100;

    private final Map<String, Integer> maxItems = new HashMap<>();
    private final Set<String> knownNames = new HashSet<>();

    ShapeGuard(JsonNode schema) {
        index(schema);
    }

    private void index(JsonNode node) {
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                knownNames.add(p.getKey());
                JsonNode max = p.getValue().get("maxItems");
                if (max != null && max.canConvertToInt()) {
                    maxItems.merge(p.getKey(), max.intValue(), Math::max);
                }
            }
        }
        node.forEach(this::index);
    }

    List<Violation> check(JsonNode root) {
        List<Violation> out = new ArrayList<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, "", ""});
        while (!stack.isEmpty() && out.size() < MAX_REPORTED) {
            Object[] top = stack.pop();
            JsonNode node = (JsonNode) top[0];
            String pointer = (String) top[1];
            String name = (String) top[2];
            if (node.isObject()) {
                if (node.size() > MAX_PROPERTIES) {
                    out.add(new Violation(pointer, SchemaMessages.subject(pointer) + " has " + node.size()
                            + " properties; no object in a case document has more than " + MAX_PROPERTIES));
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (knownNames.contains(e.getKey()) && e.getValue().isContainerNode()) {
                        stack.push(new Object[] {e.getValue(), Pointers.child(pointer, e.getKey()), e.getKey()});
                    }
                }
            } else if (node.isArray()) {
                Integer max = maxItems.get(name);
                if (max != null && node.size() > max) {
                    out.add(new Violation(pointer, SchemaMessages.subject(pointer) + " must have at most " + max
                            + " items (found " + node.size() + ")"));
                    continue;
                }
                for (int i = 0; i < node.size(); i++) {
                    if (node.get(i).isContainerNode()) {
                        stack.push(new Object[] {node.get(i), Pointers.child(pointer, i), name});
                    }
                }
            }
        }
        return out;
    }
}
