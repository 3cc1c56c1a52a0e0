package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

    @Test
    void childProtectionInEnglandSaysDangerStatementAndSafetyGoal() {
        Labels labels = Labels.forService(ServiceStage.CHILD_PROTECTION, Locale.UK);
        assertEquals("Danger statement", labels.label(MapElement.DANGER_STATEMENT));
        assertEquals("Safety goal", labels.label(MapElement.SAFETY_GOAL));
    }

    @Test
    void earlyHelpSaysWorryStatementAndWellbeingGoal() {
        Labels labels = Labels.forService(ServiceStage.EARLY_HELP, Locale.UK);
        assertEquals("Worry statement", labels.label(MapElement.DANGER_STATEMENT));
        assertEquals("Wellbeing goal", labels.label(MapElement.SAFETY_GOAL));
    }

    @Test
    void queenslandSaysWorryStatementEvenInChildProtection() {
        Labels labels = Labels.forService(ServiceStage.CHILD_PROTECTION, new Locale("en", "AU"));
        assertEquals("Worry statement", labels.label(MapElement.DANGER_STATEMENT));
        assertEquals("Goal statement", labels.label(MapElement.SAFETY_GOAL));
        assertEquals("Safety network", labels.label(MapElement.SAFETY_NETWORK), "falls back to the base bundle");
    }

    @Test
    void overridesReplaceOnlyWhatTheyName() {
        Labels base = Labels.forService(ServiceStage.CHILD_PROTECTION, Locale.UK);
        Labels local = base.withOverrides(Map.of(MapElement.DANGER_STATEMENT, "Main worry"));
        assertEquals("Main worry", local.label(MapElement.DANGER_STATEMENT));
        assertEquals("Danger statement", base.label(MapElement.DANGER_STATEMENT), "the original is unchanged");
        assertEquals(base.label(MapElement.SAFETY_GOAL), local.label(MapElement.SAFETY_GOAL));
    }

    @ParameterizedTest
    @EnumSource(ServiceStage.class)
    void everyElementHasALabelInEveryStage(ServiceStage stage) {
        Labels labels = Labels.forService(stage, Locale.ROOT);
        for (MapElement element : MapElement.values()) {
            assertFalse(labels.label(element).isBlank(), element + " in " + stage);
        }
    }
}
