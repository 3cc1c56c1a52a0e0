package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sosqa.core.testing.SampleCases;

/** Each limit gives one clean violation with its place, never an error of the JVM. */
class ReadLimitsTest {

    private static final String FULL = SosQaJson.toJson(SampleCases.full());

    private static Violation only(ValidationResult result) {
        List<Violation> violations = result.violations();
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("", violations.get(0).path());
        return violations.get(0);
    }

    @Test
    void defaultsAreDocumented() {
        ReadLimits d = ReadLimits.defaults();
        assertEquals(16L * 1024 * 1024, d.maxDocumentBytes());
        assertEquals(64, d.maxNestingDepth());
        assertEquals(1_000_000, d.maxStringLength());
        assertEquals(100, d.maxNumberLength());
        assertEquals(1_000, d.maxPropertyNameLength());
        assertThrows(IllegalArgumentException.class, () -> d.withMaxNestingDepth(0));
    }

    @Test
    void documentSize() {
        CaseReader reader = SosQaJson.reader().limits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1000));
        Violation v = only(reader.check(FULL));
        assertTrue(v.message().contains("larger than the limit of 1,000 bytes"), v.toString());
        assertTrue(reader.check(SosQaJson.toJson(SampleCases.minimal())).valid(), "a small document still passes");
    }

    @Test
    void documentSizeIsCountedOnStreamsThatNeverEnd() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        CaseReader reader = SosQaJson.reader().limits(ReadLimits.DEFAULTS.withMaxDocumentBytes(100_000));
        Violation v = only(reader.check(endless));
        assertTrue(v.message().contains("larger than the limit of 100,000 bytes"), v.toString());
    }

    @Test
    void nestingDepth() {
        String deep = "{\"schemaVersion\":\"1.0\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        Violation v = only(SosQaJson.check(deep));
        assertTrue(v.message().contains("nested deeper than the limit of 64 levels") && v.message().contains("line 1, column"),
                v.toString());
    }

    @Test
    void veryDeepNestingNeverOverflowsTheStack() {
        String deep = "[".repeat(1_000_000);
        Violation v = only(SosQaJson.check(deep));
        assertTrue(v.message().contains("nested deeper"), v.toString());
    }

    @Test
    void stringLength() {
        CaseReader reader = SosQaJson.reader().limits(ReadLimits.DEFAULTS.withMaxStringLength(50));
        Violation v = only(reader.check(FULL));
        assertTrue(v.message().contains("a string is longer than the limit of 50 characters")
                && v.message().contains("line "), v.toString());
        String longString = "{\"schemaVersion\":\"1.0\",\"id\":\"" + "x".repeat(1_000_001) + "\"}";
        assertTrue(only(SosQaJson.check(longString)).message().contains("1,000,000 characters"));
    }

    @Test
    void numberLength() {
        String doc = FULL.replace("\"version\": 2", "\"version\": 2" + "0".repeat(200));
        assertTrue(only(SosQaJson.check(doc)).message().contains("a number is longer than the limit of 100"));
    }

    @Test
    void propertyNameLength() {
        String doc = "{\"schemaVersion\":\"1.0\",\"" + "n".repeat(1001) + "\":1}";
        assertTrue(only(SosQaJson.check(doc)).message().contains("a property name is longer than the limit of 1000"));
    }

    @Test
    void objectsWithAbsurdlyManyPropertiesAreRefusedBeforeTheSchemaCheck() {
        StringBuilder doc = new StringBuilder("{\"schemaVersion\":\"1.0\"");
        for (int i = 0; i < 300; i++) {
            doc.append(",\"k").append(i).append("\":1");
        }
        Violation v = only(SosQaJson.reader().lenient(true).check(doc.append('}').toString()));
        assertTrue(v.message().contains("has 301 properties"), v.toString());
    }

    @Test
    void listsLongerThanTheFormatAllowsAreRefusedBeforeTheSchemaCheck() {
        String doc = FULL.replace("\"events\": [", "\"events\": [" + "1,".repeat(20_000));
        List<Violation> violations = SosQaJson.check(doc).violations();
        assertEquals(List.of(new Violation("/events", "\"events\" must have at most 5000 items (found 20004)")), violations);
    }

    @Test
    void atMostAThousandProblemsAreListed() {
        String doc = FULL.replace("\"events\": [", "\"events\": [" + "{},".repeat(3000));
        List<Violation> violations = SosQaJson.check(doc).violations();
        assertEquals(1001, violations.size());
        assertTrue(violations.stream().anyMatch(v -> v.path().isEmpty() && v.message().contains("only the first 1,000")),
                violations.get(0).toString());
    }

    @Test
    void readerOptionsAreImmutable() {
        CaseReader base = SosQaJson.reader();
        CaseReader strict = base.limits(ReadLimits.DEFAULTS.withMaxDocumentBytes(10));
        assertEquals(ReadLimits.DEFAULTS, base.readLimits());
        assertEquals(10, strict.readLimits().maxDocumentBytes());
        assertTrue(base.check(FULL).valid());
    }
}
