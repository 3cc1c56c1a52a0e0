package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sosqa.rules.internal.statement.Evidence.analyze;
import static org.sosqa.rules.internal.statement.Evidence.assertNoSignal;
import static org.sosqa.rules.internal.statement.Evidence.assertSignal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.rules.StatementKind;

/** The signals beside the features: diagnosis only, negative framing, duration, DFV attribution, length. */
class SignalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Neglect. Domestic violence." | "Neglect"
            "Mum has depression." | "depression"
            "Dad has schizophrenia and Mum has anxiety." | "schizophrenia"
            "Domestic violence and alcohol misuse by father. Risk of significant harm to the children." | "Domestic violence"
            "Mum's mental health issues." | "mental health issues"
            """)
    void diagnosisOnlyIsALabelWithoutBehaviour(String text, String expected) {
        assertSignal(analyze(StatementKind.DANGER, text).diagnosisOnly(), text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        DangerStatementTest.GOOD,
        "When Mum's depression is bad she stays in bed all day and Leo is not fed.",
        "Dad drinks and shouts.",
        "",
    })
    void diagnosisOnlyIsAbsentWhenBehaviourIsDescribedOrNothingIsNamed(String text) {
        assertNoSignal(analyze(StatementKind.DANGER, text).diagnosisOnly(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Dad will stop drinking." | "stop"
            "Mum will not drink when she is looking after Leo." | "will not"
            "Dad won't shout at the children." | "won't"
            "There will be no more arguments." | "no more"
            "Dad will no longer hit Mum." | "no longer"
            "Mum will never leave Leo alone." | "never"
            "Dad will refrain from drinking." | "refrain"
            "Mum WILL NOT smoke cannabis." | "WILL NOT"
            """)
    void negativeFramingIsWhatWillStop(String text, String expected) {
        assertSignal(analyze(StatementKind.GOAL, text).negativeFraming(), text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        SafetyGoalTest.SAMPLE,
        SafetyGoalTest.FEEDING,
        "Mum and Dad will sort out arguments calmly by talking.",
        "Stopford Road is where Nana lives.",
    })
    void negativeFramingIsAbsentFromAPositiveGoal(String text) {
        assertNoSignal(analyze(StatementKind.GOAL, text).negativeFraming(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Mum told us that Dad hit her when she was pregnant." | "Mum told"
            "Amy said that Dad pushed Mum down the stairs." | "Amy said"
            "According to Nana, Dad drinks every night." | "According to Nana"
            "She has disclosed that he hits her." | "She has disclosed"
            "Amy's account is that Dad pushed Mum." | "Amy's account"
            "We are worried because Amy's mum has told the school that Dad hits her." | "Amy's mum has told"
            """)
    void dfvAttributionIsInformationFromAFamilyMemberOrChild(String text, String expected) {
        assertSignal(analyze(StatementKind.DANGER, text).dfvAttribution(), text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        DangerStatementTest.GOOD,
        "The police said that Dad was arrested.",
        "Amy's teacher said Amy was upset.",
        "We are worried that Dad hits Mum.",
        "Mum. Told the truth.",
    })
    void dfvAttributionIsAbsentForAgenciesAndUnattributedWorries(String text) {
        assertNoSignal(analyze(StatementKind.DANGER, text).dfvAttribution(), text);
    }

    @Test
    void readabilityCountsWordsSentencesAndSyllables() {
        Readability r = analyze(StatementKind.DANGER, "The cat sat. The dog ran!").readability();
        assertEquals(6, r.words());
        assertEquals(2, r.sentences());
        assertEquals(6, r.syllables());
        assertEquals(3.0, r.meanWordsPerSentence(), 1e-9);
        assertEquals(206.835 - 1.015 * 3 - 84.6, r.fleschReadingEase(), 1e-9);
    }

    @Test
    void abbreviationsInitialsAndSectionNumbersDoNotEndSentences() {
        Readability r = analyze(StatementKind.DANGER,
                "Mr. Smith and Dr. Jones saw J. Bloggs under S. 17 of the Act. Amy is well.").readability();
        assertEquals(2, r.sentences());
    }

    @Test
    void plainLanguageReadsEasierThanJargon() {
        double plain = analyze(StatementKind.DANGER, DangerStatementTest.GOOD).readability().fleschReadingEase();
        double jargon = analyze(StatementKind.DANGER, "Significant emotional harm consequent upon parental "
                + "substance misuse and domestic violence necessitating multi-agency intervention.")
                .readability().fleschReadingEase();
        assertTrue(plain > jargon + 30, () -> plain + " vs " + jargon);
    }

    @Test
    void emptyTextHasZeroReadability() {
        StatementAnalysis analysis = analyze(StatementKind.DANGER, "   ");
        assertEquals(Readability.EMPTY, analysis.readability());
        assertFalse(analysis.tooLong());
    }

    @Test
    void tooLongByWordsPerSentence() {
        String oneLongSentence = "We are worried that " + "Dad drinks and shouts and ".repeat(6) + "Amy could be hurt.";
        assertTrue(analyze(StatementKind.DANGER, oneLongSentence).tooLong());
        assertFalse(analyze(StatementKind.DANGER, "We are worried that Dad drinks. Amy could be hurt.").tooLong());
    }

    @Test
    void tooLongByWordsDependsOnTheKind() {
        String text = "Dad drinks and shouts at Mum. ".repeat(21);
        assertEquals(126, analyze(StatementKind.HARM, text).readability().words());
        assertTrue(analyze(StatementKind.DANGER, text).tooLong());
        assertFalse(analyze(StatementKind.HARM, text).tooLong());
    }

    @Test
    void anAnalysisPrintsNoneOfTheFamilysWords() {
        String printed = analyze(StatementKind.DANGER, DangerStatementTest.GOOD).toString();
        for (String word : new String[] {"Grandma", "Pat", "Amy", "drinks", "hurt", "worried"}) {
            assertFalse(printed.contains(word), () -> word + " in " + printed);
        }
        assertTrue(printed.contains("whoIsWorried"), printed);
    }
}
