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

/**
 * Harm statements (domain.md §1.3): which caregiver did or failed to do what, when, and the effect on
 * the child.
 */
class HarmStatementTest {

    static final String SAMPLE = "On 24 February 2026 Amy's teacher saw bruises on Amy's upper arm. Amy said Dad "
            + "grabbed her and pushed her into the wall when he had been drinking and was shouting at Mum. The "
            + "school nurse looked at the bruises and Amy was too frightened to go home that night.";
    static final String BELT = "Last Saturday Mum's boyfriend Kyle hit Leo with a belt, leaving red marks on his legs.";
    static final String LABEL = "Physical abuse and neglect.";

    @Test
    void theSampleHarmStatementHasEveryFeature() {
        assertEquals(Map.of("who", true, "behaviour", true, "impactOnChild", true, "when", true),
                analyze(StatementKind.HARM, SAMPLE).featureFlags());
    }

    @Test
    void aLabelHasNoFeature() {
        StatementAnalysis analysis = analyze(StatementKind.HARM, LABEL);
        assertEquals(Map.of("who", false, "behaviour", false, "impactOnChild", false, "when", false),
                analysis.featureFlags());
        assertEquals(List.of("physical abuse", "neglect"), analysis.jargonTerms());
    }

    @Test
    void featuresAreReportedInTheContractOrder() {
        assertEquals(List.of("who", "behaviour", "impactOnChild", "when"),
                List.copyOf(analyze(StatementKind.HARM, SAMPLE).features().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Amy said Dad grabbed her and pushed her into the wall." | "Dad"
            "Last Saturday Mum's boyfriend Kyle hit Leo with a belt." | "Mum's boyfriend Kyle"
            "Mum did not feed Leo for most of the day on 3 March." | "Mum"
            "Mum was hurt when Dad hit her." | "Dad"
            "Amy's stepdad left her alone overnight." | "Amy's stepdad"
            "Steve is Mum's partner. On Friday he punched Mum in the face." | "Mum's partner. On Friday he punched"
            "Dad. Bruises on Amy's arm." | "Dad"
            """)
    void whoIsTheCaregiverWhoActed(String text, String expected) {
        assertFeature(StatementKind.HARM, "who", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {LABEL, "Amy was found with bruises.", "Physical abuse by a family member.",
        "On Friday he punched Mum in the face."})
    void whoIsAbsentWhenNoCaregiverIsNamed(String text) {
        assertNoFeature(StatementKind.HARM, "who", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Amy said Dad grabbed her and pushed her into the wall." | "Dad grabbed"
            "Last Saturday Mum's boyfriend Kyle hit Leo with a belt." | "Mum's boyfriend Kyle hit"
            "Mum did not feed Leo for most of the day on 3 March." | "Mum did not feed"
            "On 2 April Dad came home drunk and kicked the door until Amy opened it." | "Dad came home drunk"
            """)
    void behaviourIsWhatTheCaregiverDid(String text, String expected) {
        assertFeature(StatementKind.HARM, "behaviour", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {LABEL, "Amy was found with bruises.", "There was an incident of domestic abuse."})
    void behaviourIsAbsentForALabelOrAnInjuryAlone(String text) {
        assertNoFeature(StatementKind.HARM, "behaviour", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "On 24 February 2026 Amy's teacher saw bruises on Amy's upper arm." | "bruises on Amy"
            "Last Saturday Mum's boyfriend Kyle hit Leo with a belt, leaving red marks on his legs." | "Leo with a belt, leaving red marks"
            "Amy was too frightened to go home that night." | "Amy was too frightened"
            "Leo was taken to hospital with a broken arm." | "Leo was taken to hospital"
            """)
    void impactOnChildIsAnInjuryOrEffectOnAChild(String text, String expected) {
        assertFeature(StatementKind.HARM, "impactOnChild", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {LABEL, "Mum was hurt when Dad hit her.", "Risk of significant harm to the children."})
    void impactOnChildNeedsAChildAndAPlainHarm(String text) {
        assertNoFeature(StatementKind.HARM, "impactOnChild", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "On 24 February 2026 Amy's teacher saw bruises on Amy's upper arm." | "On 24 February 2026"
            "Last Saturday Mum's boyfriend Kyle hit Leo with a belt." | "Last Saturday"
            "Mum did not feed Leo for most of the day on 3 March." | "on 3 March"
            "Dad has hit Mum in front of Amy three times since Christmas." | "three times"
            "Amy was too frightened to go home that night." | "that night"
            "The school saw bruises on Leo on 03/02/2026." | "03/02/2026"
            "Dad drinks every weekend." | "every weekend"
            "Mum left Amy alone at 2am." | "at 2am"
            "Dad pushed Mum two weeks ago." | "two weeks ago"
            "Over the last six months Amy has missed school." | "Over the last six months"
            """)
    void whenIsADateTimeOrFrequency(String text, String expected) {
        assertFeature(StatementKind.HARM, "when", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {LABEL, "Dad hit Amy.", "Mum mayhem marching."})
    void whenIsAbsentWithoutATime(String text) {
        assertNoFeature(StatementKind.HARM, "when", text);
    }
}
