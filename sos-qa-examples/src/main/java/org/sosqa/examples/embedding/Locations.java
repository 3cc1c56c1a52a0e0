package org.sosqa.examples.embedding;

import java.util.HashMap;
import java.util.Map;

/**
 * Translates the JSON Pointers of sos-qa's violations back into the vendor's terms: the table, the row's
 * key and the column, for example {@code cases[id=C-12].assessments[version=2].danger_statements[position=3].text}.
 * The mapper registers each model element it builds with the row it came from and the column behind each
 * of its properties; a pointer is then located by its longest registered prefix.
 */
final class Locations {
    private record Entry(String location, Map<String, String> columns) {
    }

    private final Map<String, Entry> byPointer = new HashMap<>();

    /**
     * Registers the row behind the model element at a pointer.
     *
     * @param pointer the element's JSON Pointer in the case document
     * @param location the row, for example {@code cases[id=C-12].children[child_id=c-1]}
     * @param columns the column behind each property, by the property's path under the element
     *     (for example {@code safetyGoal/text} to {@code goal_text})
     */
    void row(String pointer, String location, Map<String, String> columns) {
        byPointer.put(pointer, new Entry(location, columns));
    }

    /** The vendor location of a pointer: the row, then the column where one is known. */
    String locate(String pointer) {
        String prefix = pointer;
        while (!byPointer.containsKey(prefix)) {
            int slash = prefix.lastIndexOf('/');
            if (slash < 0) {
                return pointer;   // never registered: keep the pointer, still better than nothing
            }
            prefix = prefix.substring(0, slash);
        }
        Entry entry = byPointer.get(prefix);
        String rest = pointer.substring(prefix.length());
        if (rest.isEmpty()) {
            return entry.location();
        }
        String property = rest.substring(1);
        String tail = "";
        while (!entry.columns().containsKey(property)) {
            int slash = property.lastIndexOf('/');
            if (slash < 0) {
                return entry.location() + rest.replace('/', '.');
            }
            tail = property.substring(slash) + tail;
            property = property.substring(0, slash);
        }
        return entry.location() + "." + entry.columns().get(property) + indexes(tail);
    }

    // "/1" under a comma-separated column becomes "[2]": the second item of the list, counted from 1.
    private static String indexes(String tail) {
        StringBuilder out = new StringBuilder();
        for (String segment : tail.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            out.append('[').append(segment.chars().allMatch(Character::isDigit) ? String.valueOf(Integer.parseInt(segment) + 1) : segment).append(']');
        }
        return out.toString();
    }
}
