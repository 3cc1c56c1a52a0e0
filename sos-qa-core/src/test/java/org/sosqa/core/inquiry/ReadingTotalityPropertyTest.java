package org.sosqa.core.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.Violation;
import org.sosqa.core.leadership.ActivityCatalogue;
import org.sosqa.core.leadership.LeadershipRecords;
import org.sosqa.core.leadership.TimeRecord;

/**
 * Reading never throws: a good record mutated at random (a property removed, or its value replaced by a
 * value of another type) is either still valid or reported with pointers inside its own record, and the
 * good record beside it is always kept. 500 seeds each.
 */
class ReadingTotalityPropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void mutatedInquiriesAreReportedInsideTheirRecord() throws Exception {
        JsonNode good = MAPPER.readTree(InquiryRecordsTest.GOOD);
        InquiryRecords reader = InquiryRecords.using(PracticeVocabulary.defaults());
        int invalid = 0;
        for (long seed = 0; seed < 500; seed++) {
            JsonNode bad = mutate(good.deepCopy(), new SplittableRandom(seed));
            String doc = "{\"inquiries\": [" + good + "," + bad + "]}";
            RecordBatch<InquiryRecord> batch = reader.read("x.json", doc);
            assertEquals("ai-1", batch.records().get(0).id(), "seed " + seed);
            invalid += check(batch.invalid(), batch.records().size(), "/inquiries/1", seed);
        }
        assertTrue(invalid > 250, "most mutations make the record invalid: " + invalid);
    }

    @Test
    void mutatedTimeRecordsAreReportedInsideTheirRecord() throws Exception {
        JsonNode good = MAPPER.readTree("{\"leaderId\": \"l1\", \"role\": \"team-manager\", \"from\": \"2025-04-07\","
                + " \"to\": \"2025-04-11\", \"minutes\": {\"supervision\": 300, \"other\": 600}}");
        LeadershipRecords reader = LeadershipRecords.using(ActivityCatalogue.defaults());
        for (long seed = 0; seed < 500; seed++) {
            JsonNode bad = mutate(good.deepCopy(), new SplittableRandom(seed));
            RecordBatch<TimeRecord> batch = reader.readTime("t.json", "{\"timeRecords\": [" + good + "," + bad + "]}");
            assertEquals("l1", batch.records().get(0).leaderId());
            check(batch.invalid(), batch.records().size(), "/timeRecords/1", seed);
        }
    }

    private static int check(List<RecordBatch.InvalidRecord> invalid, int valid, String prefix, long seed) {
        assertEquals(2, valid + invalid.size(), "seed " + seed);
        for (RecordBatch.InvalidRecord i : invalid) {
            assertFalse(i.violations().isEmpty());
            for (Violation v : i.violations()) {
                assertTrue(v.path().startsWith(prefix), "seed " + seed + ": " + v);
            }
        }
        return invalid.size();
    }

    /** Removes a property or replaces a value somewhere in the tree, once or twice. */
    private static JsonNode mutate(JsonNode root, SplittableRandom rnd) {
        int times = 1 + rnd.nextInt(2);
        for (int t = 0; t < times; t++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode c = containers.get(rnd.nextInt(containers.size()));
            if (c.isObject() && c.size() > 0) {
                ObjectNode o = (ObjectNode) c;
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(rnd.nextInt(names.size()));
                if (rnd.nextBoolean()) {
                    o.remove(name);
                } else {
                    o.set(name, randomValue(rnd));
                }
            } else if (c.isArray() && c.size() > 0) {
                ((ArrayNode) c).set(rnd.nextInt(c.size()), randomValue(rnd));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static JsonNode randomValue(SplittableRandom rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(rnd.nextInt(-5, 20));
            case 2 -> NODES.numberNode(rnd.nextDouble() * 1e12);
            case 3 -> NODES.textNode("");
            case 4 -> NODES.textNode("some text with spaces");
            case 5 -> NODES.booleanNode(rnd.nextBoolean());
            case 6 -> NODES.arrayNode().add(1);
            default -> NODES.objectNode().put("x", 1);
        };
    }
}
