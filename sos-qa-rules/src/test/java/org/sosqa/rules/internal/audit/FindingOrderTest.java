package org.sosqa.rules.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.rules.Finding;

/**
 * The report order of findings: criterion place, rule name, path in document order, then the order
 * recorded. Worked by hand on a small list, and held to the comparator it replaced over many seeded
 * lists with repeated keys, criteria the instrument lacks and rules it was not made with.
 */
class FindingOrderTest {

    private static final List<String> CRITERIA = List.of("danger.present", "danger.behaviour", "goal.positive");
    private static final List<String> RULES = List.of("a.rule", "b.rule", "c.rule");

    private static Finding finding(String rule, String criterion, String path, String message) {
        return new Finding(rule, criterion, true, path, null, message);
    }

    @Test
    void criterionThenRuleThenPathThenTheOrderRecorded() {
        FindingOrder order = new FindingOrder(CRITERIA, RULES);
        List<Finding> recorded = List.of(
                finding("a.rule", "goal.positive", "/m/10", "1"),
                finding("b.rule", "danger.behaviour", "/m/2", "2"),
                finding("a.rule", "danger.behaviour", "/m/2", "3"),
                finding("c.rule", "not.in.instrument", "/m", "4"),
                finding("a.rule", "goal.positive", "/m/9", "5"),
                finding("a.rule", "danger.behaviour", "/m/2", "6"),
                finding("b.rule", "danger.present", "/m", "7"));
        List<String> messages = order.sort(recorded).stream().map(Finding::message).toList();
        // danger.present (7); danger.behaviour: a.rule (3, 6 as recorded), then b.rule (2);
        // goal.positive: /m/9 before /m/10 (5, 1); the criterion the instrument lacks last (4).
        assertEquals(List.of("7", "3", "6", "2", "5", "1", "4"), messages);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 2026})
    void agreesWithTheComparator(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> criteria = List.of("c0", "c1", "c2", "c3", "c4");
        List<String> rules = List.of("r0", "r1", "r2", "r3");
        FindingOrder order = new FindingOrder(criteria, rules);
        for (int list = 0; list < 2_000; list++) {
            int n = random.nextInt(40);
            boolean strangers = random.nextInt(5) == 0;   // rules the order was not made with
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String rule = strangers && random.nextInt(3) == 0 ? "x" + random.nextInt(3) : rules.get(random.nextInt(rules.size()));
                String criterion = random.nextInt(8) == 0 ? "unknown" + random.nextInt(2) : criteria.get(random.nextInt(criteria.size()));
                String path = "/m/" + random.nextInt(12) + (random.nextBoolean() ? "" : "/text");
                findings.add(finding(rule, criterion, path, Integer.toString(i)));
            }
            assertEquals(order.byComparator(findings), order.sort(findings), "seed " + seed + ", list " + list);
        }
    }
}
