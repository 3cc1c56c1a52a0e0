package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/**
 * Danger statements (domain.md §1.3): who is worried, the caregiver's behaviour, and what could happen
 * to the child, in the family's language rather than labels.
 */
class DangerStatementTest {

    static final String GOOD = "Children's services and Grandma Pat are worried that when Dad drinks a lot he "
            + "shouts and has hit Mum in front of Amy, and Amy could be badly hurt or grow up scared at home";
    static final String SAMPLE = "Children's social care, Amy's school and Nana are worried that when Dad drinks "
            + "a lot he gets angry, shouts and grabs or pushes Mum and Amy. If nothing changes, Amy and baby Leo "
            + "could be badly hurt, for example Leo could be dropped or hit his head, and Amy could keep feeling "
            + "scared at home and find it hard to learn and make friends.";
    static final String LOW_MOOD = "The health visitor and children's social care are worried that when Mum feels "
            + "very low she stays in bed for most of the day, and Leo is left in his cot for hours without being "
            + "fed or changed. If this keeps happening, Leo could become poorly and lose weight, and he may not "
            + "learn that grown-ups will look after him when he needs them.";
    static final String LABELS = "Neglect. Domestic violence.";
    static final String POOR = "Domestic violence and alcohol misuse by father. Risk of significant harm to the children.";

    @Test
    void theGoodExampleHasEveryFeatureAndNoJargon() {
        StatementAnalysis analysis = analyze(StatementKind.DANGER, GOOD);
        assertEquals(Map.of("whoIsWorried", true, "behaviour", true, "impactOnChild", true), analysis.featureFlags());
        assertEquals(List.of(), analysis.jargon());
        assertFalse(analysis.diagnosisOnly().present());
    }

    @Test
    void aListOfLabelsHasNoFeatureAndIsAllJargon() {
        StatementAnalysis analysis = analyze(StatementKind.DANGER, LABELS);
        assertEquals(Map.of("whoIsWorried", false, "behaviour", false, "impactOnChild", false),
                analysis.featureFlags());
        assertEquals(List.of("neglect", "domestic violence"), analysis.jargonTerms());
        assertTrue(analysis.diagnosisOnly().present());
    }

    @Test
    void featuresAreReportedInTheContractOrder() {
        assertEquals(List.of("whoIsWorried", "behaviour", "impactOnChild"),
                List.copyOf(analyze(StatementKind.DANGER, GOOD).features().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Children's services and Grandma Pat are worried that when Dad drinks a lot he shouts" | "Children's services and Grandma Pat are worried"
            "Children's social care, Amy's school and Nana are worried that when Dad drinks a lot he gets angry" | "Children's social care, Amy's school and Nana are worried"
            "The health visitor and children's social care are worried that when Mum feels very low she stays in bed" | "health visitor and children's social care are worried"
            "We are concerned that when Mum and her boyfriend Kyle argue, Kyle punches walls." | "We are concerned"
            "Leo's nursery thinks that Mum sometimes comes to collect him smelling of cannabis." | "Leo's nursery thinks that"
            "Grandad is scared that Dad will drive with the children after drinking." | "Grandad is scared"
            "The LA is worried about Mum." | "The LA is worried"
            """)
    void whoIsWorriedIsThePeopleBeforeTheWorry(String text, String expected) {
        assertFeature(StatementKind.DANGER, "whoIsWorried", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        LABELS,
        POOR,
        "There are concerns that Dad drinks too much and the children could be hurt.",
        "The worry is that Dad hits Mum.",
        "Dad is drinking again. Worried.",
        "",
    })
    void whoIsWorriedNeedsANamedPersonOrAgencyInTheSameSentence(String text) {
        assertNoFeature(StatementKind.DANGER, "whoIsWorried", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Children's services and Grandma Pat are worried that when Dad drinks a lot he shouts" | "Dad drinks"
            "The health visitor and children's social care are worried that when Mum feels very low she stays in bed for most of the day" | "she stays in bed"
            "We are worried that Mum's boyfriend Kyle pushed Mum against the wall." | "Mum's boyfriend Kyle pushed"
            "Dad is drinking again." | "Dad is drinking"
            "We are worried that when Mum has been smoking cannabis she falls asleep." | "Mum has been smoking cannabis"
            "Da hit Ma in front of the weans." | "Da hit"
            """)
    void behaviourIsACaregiverDoingSomething(String text, String expected) {
        assertFeature(StatementKind.DANGER, "behaviour", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        LABELS,
        POOR,
        "Mum has depression and borderline personality disorder.",
        "The police shouted at the neighbours.",
        "We are worried about Dad's drinking.",
    })
    void behaviourIsNotALabelNorSomeoneElsesAction(String text) {
        assertNoFeature(StatementKind.DANGER, "behaviour", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "and Amy could be badly hurt or grow up scared at home" | "Amy could be badly hurt"
            "If nothing changes, Amy and baby Leo could be badly hurt, for example Leo could be dropped" | "baby Leo could be badly hurt"
            "If this keeps happening, Leo could become poorly and lose weight." | "Leo could become poorly"
            "When Mum drinks she forgets to take Amy to school, which means Amy might miss school." | "Amy might miss school"
            "Amy lives with Mum and Dad. When Dad drinks he shouts, and she could be very frightened." | "Amy lives with Mum and Dad. When Dad drinks he shouts, and she could be very frightened"
            "We are worried that the children could be hurt." | "the children could be hurt"
            """)
    void impactOnChildIsAChildAndAPlainHurtAfterCouldOrSoThat(String text, String expected) {
        assertFeature(StatementKind.DANGER, "impactOnChild", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        LABELS,
        POOR,
        "Dad could be hurt if he keeps drinking.",
        "Amy is a lovely girl. Dad drinks and Amy was hurt last year.",
        "Amy could be at risk. Hurt.",
    })
    void impactOnChildNeedsAMarkerAPlainHarmAndAChild(String text) {
        assertNoFeature(StatementKind.DANGER, "impactOnChild", text);
    }

    @Test
    void theSampleCasesStatementsHaveEveryFeature() {
        for (String text : List.of(SAMPLE, LOW_MOOD)) {
            StatementAnalysis analysis = analyze(StatementKind.DANGER, text);
            assertEquals(Map.of("whoIsWorried", true, "behaviour", true, "impactOnChild", true),
                    analysis.featureFlags(), text);
        }
    }
}
