package org.sosqa.rules.internal.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sosqa.rules.internal.statement.Evidence.analyze;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.rules.StatementKind;

/** Professional labels and acronyms: whole words only, across spaces and hyphens, never inside words. */
class JargonTest {

    private static List<String> jargon(String text) {
        return analyze(StatementKind.DANGER, text).jargonTerms();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Amy is in a foster placement." | "placement" | "placement"
            "The LA is worried." | "la" | "LA"
            "The LA's plan is unclear." | "la" | "LA"
            "Support under S.17 was offered." | "s.17" | "S.17"
            "Support under S. 17 was offered." | "s. 17" | "S. 17"
            "Support under s17 was offered." | "s17" | "s17"
            "Support under section 17 was offered." | "section 17" | "section 17"
            "Concerns about CSE were raised." | "cse" | "CSE"
            "There was DOMESTIC VIOLENCE." | "domestic violence" | "DOMESTIC VIOLENCE"
            "There was domestic-violence." | "domestic-violence" | "domestic-violence"
            "It was not good-enough parenting." | "good-enough parenting" | "good-enough parenting"
            "Mum shows disguised compliance." | "disguised compliance" | "disguised compliance"
            "The referral went to the MASH." | "mash" | "MASH"
            "There were two victims." | "victims" | "victims"
            "Significant emotional harm." | "significant emotional harm" | "Significant emotional harm"
            """)
    void findsTheTermWithItsSpan(String text, String term, String covered) {
        StatementAnalysis analysis = analyze(StatementKind.DANGER, text);
        assertEquals(List.of(term), analysis.jargonTerms());
        assertEquals(covered, analysis.jargon().get(0).span().of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Amy needs a safe place to live.",
        "Later Mum will take Amy to Lancashire to see Nana.",
        "Mum made mash for tea, and Da cooked.",
        "The community unity group helps.",
        "Dad said fcuk at the school gate.",
        "Amy's class went to the lab.",
        "Mum placed Leo in his cot.",
        "Dad took Amy to the unit trust office.",
    })
    void doesNotFindTermsInsideOtherWordsOrLowerCaseAcronymWords(String text) {
        List<String> found = jargon(text);
        assertEquals(found.contains("unit") ? List.of("unit") : List.of(), found, text);
    }

    @Test
    void aPhraseDoesNotRunAcrossSentences() {
        assertEquals(List.of("neglect", "domestic violence"), jargon("Neglect. Domestic violence."));
        assertEquals(List.of(), jargon("It was domestic. Violence was not seen."));
    }

    @Test
    void multiWordTermsMatchAcrossLineBreaksAndHyphens() {
        assertEquals(List.of("domestic\nviolence", "substance - misuse"),
                jargon("Concerns of domestic\nviolence and substance - misuse."));
    }

    @Test
    void theLongestTermWinsAndRepeatsAreKept() {
        assertEquals(List.of("significant emotional harm", "significant harm", "la", "la"),
                jargon("Significant emotional harm, significant harm; the LA and the LA."));
    }
}
