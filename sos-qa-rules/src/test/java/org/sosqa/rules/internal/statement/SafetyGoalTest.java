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
 * Safety goals (domain.md §1.3): positive framing, what people will be seen doing, what the child will
 * experience, and for how long.
 */
class SafetyGoalTest {

    static final String SAMPLE = "When Dad has been drinking, Amy and Leo will be looked after by a sober grown-up "
            + "and Dad will stay at Nana's until he is sober. Amy will tell her teacher and Nana that home feels "
            + "calm and that grown-ups sort out problems by talking. Nana, Aunty Jo and the social worker will see "
            + "this happening every week for at least six months, including over Christmas.";
    static final String FEEDING = "Leo will be fed, changed and cuddled every few hours, every day, including the "
            + "days Mum feels low. When Mum feels low she will text Nana or her neighbour, and one of them will come "
            + "round before nine in the morning to help. The health visitor will see Leo gaining weight at every "
            + "visit over the next 6 months.";
    static final String POOR = "Dad will stop drinking and there will be no more domestic violence.";
    static final String VAGUE = "Mum will engage with services and address her mental health.";

    @Test
    void theSampleGoalsHaveEveryFeature() {
        Map<String, Boolean> all = Map.of("positiveFraming", true, "observableBehaviour", true,
                "childExperience", true, "sustainPeriod", true);
        assertEquals(all, analyze(StatementKind.GOAL, SAMPLE).featureFlags());
        assertEquals(all, analyze(StatementKind.GOAL, FEEDING).featureFlags());
    }

    @Test
    void thePoorGoalHasNoFeatureAndIsFramedAsWhatWillStop() {
        StatementAnalysis analysis = analyze(StatementKind.GOAL, POOR);
        assertEquals(Map.of("positiveFraming", false, "observableBehaviour", false,
                "childExperience", false, "sustainPeriod", false), analysis.featureFlags());
        assertEquals(List.of("domestic violence"), analysis.jargonTerms());
        Evidence.assertSignal(analysis.negativeFraming(), POOR, "stop");
    }

    @Test
    void featuresAreReportedInTheContractOrder() {
        assertEquals(List.of("positiveFraming", "observableBehaviour", "childExperience", "sustainPeriod"),
                List.copyOf(analyze(StatementKind.GOAL, SAMPLE).features().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Amy and Leo will be looked after by a sober grown-up." | "will be"
            "Mum and Dad will sort out arguments calmly by talking." | "will sort"
            "Mum is going to take Amy to school every day." | "is going to take"
            """)
    void positiveFramingIsAPictureOfWhatWillHappen(String text, String expected) {
        assertFeature(StatementKind.GOAL, "positiveFraming", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        POOR,
        "Mum will not drink when she is looking after Leo.",
        "Dad won't shout at the children.",
        "Mum will be a good mum and will never hit Amy again.",
        "Dad will no longer leave Leo alone.",
        "Amy is safe.",
    })
    void positiveFramingIsAbsentWhenAnythingIsFramedAsStopping(String text) {
        assertNoFeature(StatementKind.GOAL, "positiveFraming", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Amy and Leo will be looked after by a sober grown-up and Dad will stay at Nana's until he is sober." | "Dad will stay"
            "When Mum feels low she will text Nana or her neighbour." | "she will text"
            "Grandma Pat will check on Amy every evening." | "Grandma Pat will check"
            "Mum and Dad will sort out arguments calmly by talking." | "Dad will sort out"
            "The health visitor will weigh Leo and Mum will feed him every three hours." | "Mum will feed"
            """)
    void observableBehaviourIsSomeoneDoingSomethingOthersCanSee(String text, String expected) {
        assertFeature(StatementKind.GOAL, "observableBehaviour", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        POOR,
        VAGUE,
        "Dad will understand the impact of his behaviour on Amy.",
        "Dad will not take drugs.",
        "Things will get better.",
    })
    void observableBehaviourIsNotAnIntentionNorAStop(String text) {
        assertNoFeature(StatementKind.GOAL, "observableBehaviour", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Amy and Leo will be looked after by a sober grown-up." | "Leo will be looked after"
            "Leo will be fed, changed and cuddled every few hours." | "Leo will be fed"
            "Mum and Dad will sort out arguments calmly, and Amy will feel safe and relaxed at home." | "Amy will feel safe"
            "The children will go to school every day." | "The children will go to school"
            """)
    void childExperienceIsWhatTheChildWillLive(String text, String expected) {
        assertFeature(StatementKind.GOAL, "childExperience", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {POOR, VAGUE, "Mum will feel calm.", "Dad will stay sober."})
    void childExperienceNeedsAChild(String text) {
        assertNoFeature(StatementKind.GOAL, "childExperience", text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Mum will take Amy to school every day for six months." | "every day for six months"
            "Dad will stay sober for six months." | "for six months"
            "The health visitor will see Leo gaining weight at every visit over the next 6 months." | "over the next 6 months"
            "Dad will stay sober for at least 3 months." | "for at least 3 months"
            "Grandma Pat will check on Amy consistently for a year." | "consistently for a year"
            "The social worker will see this happening every week for at least six months." | "every week for at least six months"
            "Mum will keep to the plan over the next 12 weeks." | "over the next 12 weeks"
            "Dad will stay at Nana's for the next twelve weeks." | "for the next twelve weeks"
            "This will happen for six months in a row." | "for six months"
            """)
    void sustainPeriodIsADuration(String text, String expected) {
        assertFeature(StatementKind.GOAL, "sustainPeriod", text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        POOR,
        "Mum will text Nana when she feels low.",
        "Dad will stay sober for the foreseeable future.",
        "The review will be in six months.",
        "Mum went to four sessions.",
        "Dad will stay sober formonths.",
    })
    void sustainPeriodIsAbsentWithoutADuration(String text) {
        assertNoFeature(StatementKind.GOAL, "sustainPeriod", text);
    }
}
