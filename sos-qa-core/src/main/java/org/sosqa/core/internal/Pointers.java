package org.sosqa.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sosqa.core.Violation;

/** JSON Pointers (RFC 6901): building, splitting, and ordering them as they appear in a document. */
public final class Pointers {

    /** Orders violations by path, numeric segments numerically, then by message; for when there is no tree. */
    public static final Comparator<Violation> PATH_ORDER =
            Comparator.comparing(Violation::path, Pointers::compare).thenComparing(Violation::message);

    private Pointers() {
    }

    /**
     * A pointer with one more segment.
     *
     * @param pointer the parent pointer
     * @param segment the unescaped property name or array index
     * @return the child pointer
     */
    public static String child(String pointer, String segment) {
        return pointer + "/" + escape(segment);
    }

    /**
     * A pointer with one more array index.
     *
     * @param pointer the parent pointer
     * @param index the index
     * @return the child pointer
     */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Escapes one segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
     *
     * @param segment the segment
     * @return the escaped segment
     */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The unescaped segments of a pointer.
     *
     * @param pointer a pointer, {@code ""} or starting with {@code /}
     * @return the segments
     * @throws IllegalArgumentException if it is not a pointer
     */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/'");
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(unescape(raw));
        }
        return out;
    }

    private static String unescape(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '~') {
                char next = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
                if (next == '0') {
                    sb.append('~');
                } else if (next == '1') {
                    sb.append('/');
                } else {
                    throw new IllegalArgumentException("'~' must be followed by 0 or 1 in a JSON Pointer");
                }
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Orders violations as their values appear in a document: by each segment's position among its
     * siblings, a missing property after the present ones, then by path and message.
     *
     * @param tree the document
     * @return the comparator
     */
    public static Comparator<Violation> documentOrder(JsonNode tree) {
        Map<String, int[]> keys = new HashMap<>();
        Map<JsonNode, Map<String, Integer>> fieldIndexes = new IdentityHashMap<>();
        Comparator<Violation> byPosition = (a, b) -> Arrays.compare(
                keys.computeIfAbsent(a.path(), p -> position(tree, p, fieldIndexes)),
                keys.computeIfAbsent(b.path(), p -> position(tree, p, fieldIndexes)));
        return byPosition.thenComparing(PATH_ORDER);
    }

    private static int[] position(JsonNode tree, String pointer, Map<JsonNode, Map<String, Integer>> fieldIndexes) {
        if (pointer.equals("/schemaVersion")) {
            return new int[] {-1};
        }
        List<String> segments = segments(pointer);
        int[] out = new int[segments.size()];
        JsonNode node = tree;
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            int index = Integer.MAX_VALUE;
            JsonNode next = null;
            if (node != null && node.isObject()) {
                Integer k = fieldIndexes.computeIfAbsent(node, Pointers::indexFields).get(s);
                if (k != null) {
                    index = k;
                    next = node.get(s);
                }
            } else if (node != null && node.isArray() && isIndex(s)) {
                index = Integer.parseInt(s);
                next = node.get(index);
            }
            out[i] = index;
            node = next;
        }
        return out;
    }

    private static Map<String, Integer> indexFields(JsonNode object) {
        Map<String, Integer> indexes = new HashMap<>();
        int k = 0;
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); k++) {
            indexes.put(it.next(), k);
        }
        return indexes;
    }

    /**
     * Compares two pointers segment by segment, numbers numerically, so {@code /a/2} comes before
     * {@code /a/10} and a parent before its children.
     *
     * @param a one pointer
     * @param b another
     * @return the comparison
     */
    public static int compare(String a, String b) {
        String[] sa = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
        String[] sb = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
        for (int i = 0; i < Math.min(sa.length, sb.length); i++) {
            int c = compareSegment(sa[i], sb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(sa.length, sb.length);
    }

    private static int compareSegment(String a, String b) {
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
