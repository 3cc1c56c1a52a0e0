package org.sosqa.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sosqa.rules.facts.ChildFact;
import org.sosqa.rules.facts.DangerFact;
import org.sosqa.rules.facts.ExistingSafetyFact;
import org.sosqa.rules.facts.MapFact;
import org.sosqa.rules.facts.NetworkMemberFact;
import org.sosqa.rules.facts.NextStepFact;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.facts.PlanFact;
import org.sosqa.rules.facts.PlanRuleFact;
import org.sosqa.rules.facts.RatingFact;
import org.sosqa.rules.facts.ScaleFact;
import org.sosqa.rules.facts.StatementFact;
import org.sosqa.rules.facts.TrajectoryFact;
import org.sosqa.rules.internal.scoring.Instrument;
import org.sosqa.rules.internal.scoring.InstrumentLoader;

/** The guides say what the code does: every fact, field, parameter and criterion is documented. */
class DocsTest {
    private static String doc(String name) throws IOException {
        return Files.readString(Path.of("..", "docs", name));
    }

    @Test
    void ruleAuthoringDocumentsEveryFactAndField() throws IOException {
        String guide = doc("rule-authoring.md");
        for (Class<?> fact : List.of(MapFact.class, StatementFact.class, DangerFact.class, ScaleFact.class,
                RatingFact.class, ChildFact.class, NetworkMemberFact.class, PlanFact.class, PlanRuleFact.class,
                NextStepFact.class, ExistingSafetyFact.class, TrajectoryFact.class, Parameters.class)) {
            assertTrue(guide.contains("`" + fact.getSimpleName() + "`"), fact.getSimpleName() + " is documented");
            for (RecordComponent field : fact.getRecordComponents()) {
                assertTrue(guide.contains("`" + field.getName() + "`"), fact.getSimpleName() + "." + field.getName() + " is documented");
            }
        }
    }

    @Test
    void ruleAuthoringDocumentsEveryParameter() throws IOException {
        String guide = doc("rule-authoring.md");
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/sosqa/rules/defaults/parameters.properties")) {
            defaults.load(in);
        }
        for (String key : defaults.stringPropertyNames()) {
            assertTrue(guide.contains("| `" + key + "` | " + defaults.getProperty(key) + " |"),
                    key + " is documented with its default " + defaults.getProperty(key));
        }
    }

    @Test
    void theInstrumentDocListsEveryCriterionWithItsSource() throws IOException {
        String doc = doc("audit-instrument.md");
        Instrument instrument = InstrumentLoader.defaultInstrument();
        for (Instrument.Domain domain : instrument.domains()) {
            assertTrue(doc.contains("`" + domain.id() + "`"), domain.id());
            for (Instrument.Criterion criterion : domain.criteria()) {
                assertTrue(doc.contains("| `" + criterion.id() + "` |"), criterion.id() + " is in the table");
                assertTrue(doc.contains(criterion.source()), criterion.id() + " cites its source");
            }
        }
    }
}
