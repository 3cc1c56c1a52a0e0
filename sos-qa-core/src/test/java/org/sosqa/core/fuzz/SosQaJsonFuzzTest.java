package org.sosqa.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.sosqa.core.CaseReader;
import org.sosqa.core.ReadLimits;
import org.sosqa.core.SosQaJson;
import org.sosqa.core.ValidationResult;
import org.sosqa.core.Violation;

/**
 * {@link SosQaJson#check} is total: for any bytes it returns a result, valid with a record or invalid
 * with violations whose paths are JSON Pointers, and throws nothing.
 *
 * <p>In {@code mvn verify} this runs the saved inputs in {@code SosQaJsonFuzzTestInputs/check/} (and
 * an empty input) as regression tests. To fuzz, run
 * {@code JAZZER_FUZZ=1 mvn -pl sos-qa-core test -Dtest=SosQaJsonFuzzTest}; crashes are saved beside the
 * inputs and then replayed by every build.
 */
class SosQaJsonFuzzTest {

    private static final CaseReader STRICT = SosQaJson.reader();
    private static final CaseReader LENIENT_SMALL = SosQaJson.reader().lenient(true)
            .limits(ReadLimits.DEFAULTS.withMaxDocumentBytes(1 << 16).withMaxNestingDepth(16).withMaxStringLength(4096));

    @FuzzTest(maxDuration = "60s")
    void check(byte[] data) {
        assertTotal(STRICT.check(new ByteArrayInputStream(data)));
        assertTotal(LENIENT_SMALL.check(data));
    }

    private static void assertTotal(ValidationResult result) {
        assertNotNull(result);
        assertEquals(result.valid(), result.violations().isEmpty());
        assertEquals(result.valid(), result.caseRecord().isPresent());
        for (Violation v : result.violations()) {
            assertTrue(v.path().isEmpty() || v.path().startsWith("/"), v.toString());
            assertTrue(!v.message().isBlank(), v.toString());
        }
    }
}
