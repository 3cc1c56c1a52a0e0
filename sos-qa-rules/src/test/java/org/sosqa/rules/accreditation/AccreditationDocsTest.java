package org.sosqa.rules.accreditation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sosqa.rules.AccreditationEngine;
import org.sosqa.rules.CriterionOutcome;
import org.sosqa.rules.facts.AccreditationThresholds;
import org.sosqa.rules.facts.ActionPlanFact;
import org.sosqa.rules.facts.AssessmentFact;
import org.sosqa.rules.facts.StreamFact;
import org.sosqa.rules.facts.TrendFact;

/** docs/accreditation.md says what the code does: every fact and field, every threshold with its default, every criterion. */
class AccreditationDocsTest {
    private static String guide() throws IOException {
        return Files.readString(Path.of("..", "docs", "accreditation.md"));
    }

    @Test
    void everyFactAndFieldIsDocumented() throws IOException {
        String guide = guide();
        for (Class<?> fact : List.of(AssessmentFact.class, StreamFact.class, TrendFact.class, ActionPlanFact.class, AccreditationThresholds.class)) {
            assertTrue(guide.contains("`" + fact.getSimpleName() + "`"), fact.getSimpleName());
            for (RecordComponent field : fact.getRecordComponents()) {
                assertTrue(guide.contains("`" + field.getName() + "`"), fact.getSimpleName() + "." + field.getName());
            }
        }
    }

    @Test
    void everyThresholdIsDocumentedWithItsDefault() throws IOException {
        String guide = guide();
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream(AccreditationThresholds.DEFAULTS)) {
            defaults.load(in);
        }
        for (String key : defaults.stringPropertyNames()) {
            assertTrue(guide.contains("| `" + key + "` | " + defaults.getProperty(key) + " |"), key);
        }
    }

    @Test
    void everyCriterionIsDocumentedWithItsRuleAndLevel() throws IOException {
        String guide = guide();
        for (CriterionOutcome c : AccreditationEngine.withDefaultCriteria().assess(Assessments.atThresholds(1)).criteria()) {
            assertTrue(guide.contains("| `accreditation." + c.id() + "` | `" + c.id() + "` | " + c.level() + " |"), c.id());
        }
    }
}
