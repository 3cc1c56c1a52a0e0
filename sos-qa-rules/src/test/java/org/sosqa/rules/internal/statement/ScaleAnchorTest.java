package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sosqa.rules.internal.statement.Evidence.analyze;
import static org.sosqa.rules.internal.statement.Evidence.assertFeature;
import static org.sosqa.rules.internal.statement.Evidence.assertNoFeature;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.rules.StatementKind;

/** What 0 and 10 mean on a safety scale (domain.md §1.3, "Safety scale"). */
class ScaleAnchorTest {

    static final String TEN = "Everyone, including children's social care, is confident Amy and Leo are safe "
            + "enough at home for social care to close the case.";
    static final String ZERO = "Things are so dangerous that Amy and Leo cannot live at home until things change.";

    @Test
    void theSampleAnchorsHaveEveryFeature() {
        Map<String, Boolean> all = Map.of("safetyDescribed", true, "closureOrLivingArrangement", true,
                "childReferenced", true);
        assertEquals(all, analyze(StatementKind.SCALE_ANCHOR, TEN).featureFlags());
        assertEquals(all, analyze(StatementKind.SCALE_ANCHOR, ZERO).featureFlags());
        assertEquals(List.of("safetyDescribed", "closureOrLivingArrangement", "childReferenced"),
                List.copyOf(analyze(StatementKind.SCALE_ANCHOR, TEN).features().keySet()));
    }

    @Test
    void goodAndBadIsNotAnAnchor() {
        assertEquals(Map.of("safetyDescribed", false, "closureOrLivingArrangement", false, "childReferenced", false),
                analyze(StatementKind.SCALE_ANCHOR, "10 = good, 0 = bad").featureFlags());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Everyone is confident Amy and Leo are safe enough at home for social care to close the case." | "safe enough"
            "Things are so dangerous that Amy and Leo cannot live at home until things change." | "dangerous"
            "Nothing is keeping this child safe." | "safe"
            """)
    void safetyDescribed(String text, String expected) {
        assertFeature(StatementKind.SCALE_ANCHOR, "safetyDescribed", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 = good, 0 = bad", "Everything is fine.", "Significant harm."})
    void safetyNotDescribed(String text) {
        assertNoFeature(StatementKind.SCALE_ANCHOR, "safetyDescribed", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Everyone is confident Amy and Leo are safe enough at home for social care to close the case." | "close the case"
            "Things are so dangerous that Amy and Leo cannot live at home until things change." | "cannot live"
            "It is so bad that the children need to live away from their parents." | "live away"
            """)
    void closureOrLivingArrangement(String text, String expected) {
        assertFeature(StatementKind.SCALE_ANCHOR, "closureOrLivingArrangement", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 = good, 0 = bad", "Nothing is keeping this child safe.", "Amy is happy."})
    void noClosureOrLivingArrangement(String text) {
        assertNoFeature(StatementKind.SCALE_ANCHOR, "closureOrLivingArrangement", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Things are so dangerous that Amy and Leo cannot live at home." | "Amy"
            "Nothing is keeping this child safe." | "child"
            "Everyone knows the children are safe enough for us to close." | "the children"
            """)
    void childReferenced(String text, String expected) {
        assertFeature(StatementKind.SCALE_ANCHOR, "childReferenced", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 = good, 0 = bad", "Things are going well.", "Everyone is confident we can close."})
    void noChildReferenced(String text) {
        assertNoFeature(StatementKind.SCALE_ANCHOR, "childReferenced", text);
    }
}
