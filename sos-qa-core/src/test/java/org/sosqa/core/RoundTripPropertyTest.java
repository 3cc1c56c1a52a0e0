package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sosqa.core.testing.CaseGenerator;

/** Writing then reading gives an equal record, and writing is deterministic, for 200 seeded records. */
class RoundTripPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeThenReadGivesAnEqualRecord(long seed) {
        CaseRecord record = new CaseGenerator(seed).nextCase();
        assertEquals(java.util.List.of(), CaseValidator.validate(record), "generated record must be valid; seed " + seed);
        String json = SosQaJson.toJson(record);
        ValidationResult result = SosQaJson.check(json);
        assertEquals(java.util.List.of(), result.violations(), "seed " + seed);
        assertEquals(record, result.caseRecord().orElseThrow(), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writingIsDeterministic(long seed) {
        CaseRecord record = new CaseGenerator(seed).nextCase();
        CaseRecord same = new CaseGenerator(seed).nextCase();
        String json = SosQaJson.toJson(record);
        assertEquals(json, SosQaJson.toJson(same), "equal records, equal text; seed " + seed);
        assertEquals(json, SosQaJson.toJson(SosQaJson.readCase(json)), "read then write is the identity; seed " + seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SosQaJson.writeCase(record, out);
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), out.toByteArray(), "seed " + seed);
        assertTrue(json.startsWith("{\n  \"schemaVersion\": \"1.0\",\n"), "schemaVersion first; seed " + seed);
        assertTrue(json.endsWith("}\n") && !json.contains("\r"), "\\n line ends, final newline; seed " + seed);
    }
}
