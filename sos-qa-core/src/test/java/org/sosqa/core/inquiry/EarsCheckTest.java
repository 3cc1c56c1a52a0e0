package org.sosqa.core.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sosqa.core.inquiry.EarsPhase.AMPLIFY;
import static org.sosqa.core.inquiry.EarsPhase.ELICIT;
import static org.sosqa.core.inquiry.EarsPhase.REFLECT;
import static org.sosqa.core.inquiry.EarsPhase.START_OVER;

import java.util.List;
import org.junit.jupiter.api.Test;

class EarsCheckTest {

    private static List<String> codes(List<EarsPhase> phases, List<String> behaviours, List<String> meanings) {
        return EarsCheck.notes(Inquiries.withPhases(phases, behaviours, meanings)).stream().map(QualityNote::code).toList();
    }

    @Test
    void aFullRoundHasNoNotes() {
        assertEquals(List.of(), codes(List.of(ELICIT, AMPLIFY, REFLECT, START_OVER, AMPLIFY, REFLECT), List.of("b"), List.of("m")));
    }

    @Test
    void anInquiryThatNeverReflectsIsNoted() {
        assertEquals(List.of(EarsCheck.NO_REFLECT), codes(List.of(ELICIT, AMPLIFY, AMPLIFY), List.of("b"), List.of()));
    }

    @Test
    void startingFromDetailAndStoppingAtStartOverAreNoted() {
        assertEquals(List.of(EarsCheck.STARTS_ELSEWHERE, EarsCheck.START_OVER_UNFINISHED),
                codes(List.of(AMPLIFY, ELICIT, REFLECT, START_OVER), List.of("b"), List.of("m")));
    }

    @Test
    void missingPhasesAndEmptyFindingsAreNoted() {
        assertEquals(List.of(EarsCheck.NO_ELICIT, EarsCheck.NO_AMPLIFY, EarsCheck.NO_MEANINGS),
                codes(List.of(REFLECT), List.of(), List.of()));
        assertEquals(List.of(EarsCheck.NO_BEHAVIOURS, EarsCheck.NO_MEANINGS),
                codes(List.of(ELICIT, AMPLIFY, REFLECT), List.of(), List.of()));
    }

    @Test
    void notesCarryTheInquiryIdAndNoText() {
        QualityNote n = EarsCheck.notes(Inquiries.withPhases(List.of(ELICIT), List.of(), List.of())).get(0);
        assertEquals("ai-1", n.inquiryId());
        assertEquals(EarsCheck.NO_AMPLIFY, n.code());
    }
}
