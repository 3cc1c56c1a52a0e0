package org.sosqa.rules.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Findings are sorted by JSON Pointer in document order. The comparison walks both pointers in place;
 * here it is checked against a plain reference that splits the pointers (as the sort once did), over
 * many seeded pointers, and on hand-worked pairs.
 */
class PathOrderTest {

    private static final String[] SEGMENTS = {"", "assessments", "dangerStatements", "safetyGoal", "text",
        "ratings", "0", "1", "2", "9", "10", "11", "02", "123456789", "1234567890", "a", "a1", "1a", "~1", "٣"};

    @Test
    void indexesCompareAsNumbersAndShorterPointersComeFirst() {
        assertTrue(FindingOrder.comparePaths("/assessments/2/text", "/assessments/10/text") < 0);
        assertTrue(FindingOrder.comparePaths("/assessments/2", "/assessments/2/text") < 0);
        assertTrue(FindingOrder.comparePaths("/children/1", "/assessments/0") > 0);
        assertTrue(FindingOrder.comparePaths("/a/1234567890", "/a/999") < 0);   // ten digits: compared as text
        assertTrue(FindingOrder.comparePaths("/a/x", "/a/10") > 0);             // text against a number: as text
        assertEquals(0, FindingOrder.comparePaths("/a/b/", "/a/b/"));
        assertTrue(FindingOrder.comparePaths("/a/b", "/a/b/") < 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void agreesWithSplittingThePointers(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 20_000; n++) {
            String a = pointer(random);
            String b = random.nextInt(4) == 0 ? a.substring(0, random.nextInt(a.length() + 1)) : pointer(random);
            assertEquals(Integer.signum(reference(a, b)), Integer.signum(FindingOrder.comparePaths(a, b)), a + " vs " + b);
            assertEquals(Integer.signum(reference(b, a)), Integer.signum(FindingOrder.comparePaths(b, a)), b + " vs " + a);
        }
    }

    private static String pointer(SplittableRandom random) {
        StringBuilder path = new StringBuilder();
        int segments = random.nextInt(6);
        for (int i = 0; i < segments; i++) {
            path.append('/').append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
        }
        return path.toString();
    }

    /** The order as first written: split on "/", numbers where both segments are indexes, then length. */
    private static int reference(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = isIndex(x[i]) && isIndex(y[i])
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
    }
}
