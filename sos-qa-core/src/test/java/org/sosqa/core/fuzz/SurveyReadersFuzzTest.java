package org.sosqa.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sosqa.core.InvalidDocumentException;
import org.sosqa.core.survey.RejectedResponse;
import org.sosqa.core.survey.ResponseBatch;
import org.sosqa.core.survey.SharedFigures;
import org.sosqa.core.survey.SurveyInstrument;
import org.sosqa.core.survey.SurveyInstruments;
import org.sosqa.core.survey.SurveyMeasures;
import org.sosqa.core.survey.SurveyResponses;
import org.sosqa.core.survey.SurveyScorer;

/**
 * The survey readers are total: any text gives an instrument or an {@link InvalidDocumentException} with located
 * problems, and any responses text gives valid responses and located rejections, never another exception.
 * {@code JAZZER_FUZZ=1} fuzzes; the seeded mutations below run in every build.
 */
class SurveyReadersFuzzTest {

    private static final String RESPONSES = """
            [{"respondent": "r1", "team": "north", "cycle": "c1", "answers": {"f1": 4, "f2": 5, "f7": 6, "f8": "Fine"}},
             {"respondent": "r2", "team": "south", "answers": {"f1": 1, "f3": null, "f7": 10}}]
            """;

    @FuzzTest(maxDuration = "60s")
    void read(byte[] data) {
        assertTotal(new String(data, StandardCharsets.UTF_8));
    }

    @Test
    void mutatedInstrumentsResponsesAndSharedFiguresAreReadOrReportedNeverThrown() {
        String shared = SharedFigures.of("A", "c1", SurveyScorer.score(SurveyInstruments.family(),
                SurveyResponses.read(RESPONSES, "r.json", SurveyInstruments.family()).responses(),
                List.of(SurveyMeasures.BY_TEAM))).toJson().toString();
        List<String> originals = List.of(SurveyInstruments.defaultText("family"), RESPONSES, shared);
        Random random = new Random(2026L);
        String alphabet = "{}[]\":,0123456789-. \nabcdefnulltrue\u00e9";
        for (int run = 0; run < 300; run++) {
            StringBuilder text = new StringBuilder(originals.get(run % originals.size()));
            for (int k = 1 + random.nextInt(5); k > 0 && text.length() > 0; k--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.setLength(at);
                    default -> text.deleteCharAt(at);
                }
            }
            assertTotal(text.toString());
        }
    }

    private static void assertTotal(String text) {
        try {
            SurveyInstrument instrument = SurveyInstruments.read(text, "fuzz.json");
            assertNotNull(instrument);
        } catch (InvalidDocumentException e) {
            assertFalse(e.violations().isEmpty());
        }
        for (String name : List.of("fuzz.json", "fuzz.jsonl")) {
            ResponseBatch batch = SurveyResponses.read(text, name, SurveyInstruments.family());
            for (RejectedResponse r : batch.rejected()) {
                assertFalse(r.violations().isEmpty());
            }
            SurveyScorer.score(SurveyInstruments.family(), batch.responses(), List.of(SurveyMeasures.BY_TEAM));
        }
        try {
            assertNotNull(SharedFigures.read(text, "fuzz.json"));
        } catch (InvalidDocumentException e) {
            assertFalse(e.violations().isEmpty());
        }
    }
}
