package org.sosqa.core.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reading is total: over many seeded mutations of the example documents, the readers never throw and
 * always give either a value or at least one violation, never both; and the same bytes give the same result.
 */
class DocumentTotalityPropertyTest {
    private static final String ALPHABET = "{}[]\":,0123456789-.eE ntrufalsDEPTHcycle";

    private static String mutate(String text, SplittableRandom random) {
        StringBuilder s = new StringBuilder(text);
        int edits = random.nextInt(1, 4);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return s.toString();
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSelfAssessmentReaderIsTotal() throws IOException {
        String example = Files.readString(Path.of("..", "sos-qa-examples", "accreditation", "self-assessment.json"));
        int invalid = 0;
        for (long seed = 1; seed <= 600; seed++) {
            String text = mutate(example, new SplittableRandom(seed));
            CheckedDocument<SelfAssessment> result = SelfAssessmentJson.check(in(text));
            assertEquals(result.valid(), result.violations().isEmpty(), "seed " + seed);
            assertEquals(result, SelfAssessmentJson.check(in(text)), "seed " + seed);
            invalid += result.valid() ? 0 : 1;
        }
        assertTrue(invalid > 300, "the mutations should mostly break the document: " + invalid);
    }

    @Test
    void thePeerReviewReaderIsTotal() throws IOException {
        String example = Files.readString(Path.of("..", "sos-qa-examples", "accreditation", "review.json"));
        for (long seed = 1; seed <= 600; seed++) {
            String text = mutate(example, new SplittableRandom(seed));
            CheckedDocument<PeerReview> result = PeerReviewJson.check(in(text));
            assertTrue(result.valid() == result.violations().isEmpty(), "seed " + seed);
            if (result.valid()) {
                PeerPanel.decide(result.document().orElseThrow()); // a valid review can always be decided
            }
        }
    }
}
