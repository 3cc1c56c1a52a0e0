package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sosqa.core.testing.CaseGenerator;
import org.sosqa.core.testing.DocumentMutator;
import org.sosqa.core.testing.DocumentMutator.Kind;

/**
 * Validation is total: any generated or mutated document either passes or gives violations whose paths
 * are JSON Pointers into it (or, for a missing property, under an object that exists), and never throws.
 * No message repeats free text from the document.
 */
class ValidationTotalityPropertyTest {

    /** Mutations that can never leave a document valid. */
    private static final Set<Kind> ALWAYS_INVALID = EnumSet.of(Kind.WRONG_TYPE, Kind.UNKNOWN_PROPERTY,
            Kind.BROKEN_REFERENCE, Kind.BAD_DATE, Kind.NULL_VALUE, Kind.DUPLICATE_ID, Kind.BAD_ENUM);

    /** Words the generator puts in free text, which no message may repeat. */
    private static final String[] CASE_WORDS = {"worried", "drinking", "shouting", "bruise", "grandma", "après",
        "ありがとう", "бабушка", "أمان", "家庭", "😀"};

    private static final ObjectMapper PLAIN = new ObjectMapper();

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyMutationGivesPointersIntoTheDocument(long seed) {
        CaseGenerator generator = new CaseGenerator(seed);
        DocumentMutator mutator = new DocumentMutator(seed);
        CaseRecord record = generator.nextCase();
        for (Kind kind : Kind.values()) {
            DocumentMutator.Mutated mutated = mutator.mutate(record, kind);
            ValidationResult result;
            try {
                result = SosQaJson.check(new ByteArrayInputStream(mutated.document()));
            } catch (RuntimeException e) {
                throw new AssertionError("check threw for seed " + seed + ", mutation " + kind, e);
            }
            String where = "seed " + seed + ", mutation " + kind;
            assertEquals(result.valid(), result.caseRecord().isPresent(), where);
            assertEquals(result.valid(), result.violations().isEmpty(), where);
            if (ALWAYS_INVALID.contains(kind)) {
                assertFalse(result.valid(), "this mutation always breaks a document; " + where);
            }
            assertPathsResolve(mutated.document(), result, where);
            for (Violation v : result.violations()) {
                for (String word : CASE_WORDS) {
                    assertFalse(v.message().contains(word), "a message repeats case text: " + v + "; " + where);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedDocumentsAreValidInBothModes(long seed) {
        String json = SosQaJson.toJson(new CaseGenerator(seed).nextCase());
        assertTrue(SosQaJson.check(json).valid(), "seed " + seed);
        assertTrue(SosQaJson.reader().lenient(true).check(json).valid(), "seed " + seed);
    }

    static void assertPathsResolve(byte[] document, ValidationResult result, String where) {
        JsonNode tree;
        try {
            tree = PLAIN.readTree(document);
        } catch (Exception e) {
            tree = null;
        }
        for (Violation v : result.violations()) {
            String path = v.path();
            assertTrue(path.isEmpty() || path.startsWith("/"), "not a JSON Pointer: " + v + "; " + where);
            if (tree == null || path.isEmpty()) {
                assertEquals("", path, "an unparsable document's problem is at the root; " + where);
                continue;
            }
            JsonNode at = tree.at(path);
            if (at.isMissingNode()) {
                String parent = path.substring(0, path.lastIndexOf('/'));
                if (tree.at(parent).isMissingNode() || !tree.at(parent).isObject()) {
                    fail("path resolves neither to a value nor to a missing property of an object: " + v + "; " + where);
                }
                assertTrue(v.message().contains("missing") || v.message().contains("neither"),
                        "only a missing property may point past the document: " + v + "; " + where);
            }
        }
    }
}
