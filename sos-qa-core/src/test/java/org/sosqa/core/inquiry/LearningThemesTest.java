package org.sosqa.core.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sosqa.core.inquiry.Inquiries.inquiry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.SuppressedSummary;

/**
 * Themes worked out by hand. Team A: six proud inquiries in 2025-Q1, five tagged mapping, two of those
 * also scaling, one words-and-pictures. Team B: five proud inquiries in 2025-Q2, all mapping, one also
 * scaling; and one at scale 6, not proud, tagged three-houses. Proud from 7, threshold 5.
 */
class LearningThemesTest {

    private static List<InquiryRecord> organisation() {
        List<InquiryRecord> list = new ArrayList<>();
        list.add(inquiry("a1", "team-a", "2025-01-10", 8, "mapping", "scaling"));
        list.add(inquiry("a2", "team-a", "2025-01-20", 8, "mapping", "scaling"));
        list.add(inquiry("a3", "team-a", "2025-02-03", 7, "mapping"));
        list.add(inquiry("a4", "team-a", "2025-02-17", 10, "mapping"));
        list.add(inquiry("a5", "team-a", "2025-03-31", 9, "mapping"));
        list.add(inquiry("a6", "team-a", "2025-03-01", 8, "words-and-pictures"));
        list.add(inquiry("b1", "team-b", "2025-04-01", 9, "mapping", "scaling"));
        list.add(inquiry("b2", "team-b", "2025-04-15", 9, "mapping"));
        list.add(inquiry("b3", "team-b", "2025-05-15", 7, "mapping"));
        list.add(inquiry("b4", "team-b", "2025-06-15", 8, "mapping"));
        list.add(inquiry("b5", "team-b", "2025-06-30", 9, "mapping"));
        list.add(inquiry("b6", "team-b", "2025-05-01", 6, "three-houses"));
        return list;
    }

    private static ThemeReport report() {
        return LearningThemes.of(organisation(), PracticeVocabulary.defaults());
    }

    private static ShownStratum stratum(SuppressedSummary s, String stratifier, String value) {
        return s.stratifiers().get(stratifier).stream().filter(x -> x.stratum().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void mappingIsBehindTenOfElevenPiecesOfProudWork() {
        ThemeReport r = report();
        assertEquals(12, r.inquiries());
        assertEquals(11L, r.proudInquiries().value());
        assertEquals(List.of("mapping", "scaling", "words-and-pictures"), r.tags().stream().map(t -> t.tag().id()).toList());
        SuppressedSummary mapping = r.tags().get(0).summary();
        assertEquals(10L, mapping.total().numerator().value());
        assertEquals(11L, mapping.total().denominator().value());
        assertEquals(new BigDecimal("90.9"), mapping.total().value());
        assertEquals(5L, stratum(mapping, "team", "team-a").numerator().value());
        assertEquals(6L, stratum(mapping, "team", "team-a").denominator().value());
        assertEquals(new BigDecimal("83.3"), stratum(mapping, "team", "team-a").value());
        assertEquals(new BigDecimal("100.0"), stratum(mapping, "team", "team-b").value());
        assertEquals(5L, stratum(mapping, "quarter", "2025-Q1").numerator().value());
        assertEquals(5L, stratum(mapping, "quarter", "2025-Q2").numerator().value());
    }

    @Test
    void practicesBehindFewerThanFivePiecesOfWorkAreSuppressed() {
        ThemeReport r = report();
        SuppressedSummary scaling = r.tags().get(1).summary();
        assertTrue(scaling.total().numerator().suppressed(), "3 is below 5");
        assertTrue(stratum(scaling, "team", "team-a").numerator().suppressed());
        assertTrue(stratum(scaling, "team", "team-b").numerator().suppressed());
        assertNull(scaling.total().value());
        assertTrue(scaling.total().valueSuppressed());
        SuppressedSummary words = r.tags().get(2).summary();
        assertTrue(words.total().numerator().suppressed());
        assertEquals(0L, stratum(words, "team", "team-b").numerator().value(), "zero identifies no one");
    }

    @Test
    void workBelowProudFromIsNotATheme() {
        assertFalse(report().tags().stream().anyMatch(t -> t.tag().id().equals("three-houses")));
        ThemeReport from6 = LearningThemes.of(organisation(), PracticeVocabulary.defaults(), 6, 5);
        assertEquals(12L, from6.proudInquiries().value());
        assertTrue(from6.tags().stream().anyMatch(t -> t.tag().id().equals("three-houses")));
    }

    @Test
    void aCountOfFiveIsShownAndFourIsNot() {
        List<InquiryRecord> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(inquiry("x" + i, "team-a", "2025-01-0" + (i + 1), 8, "safety-goal"));
        }
        ThemeReport shown = LearningThemes.of(five, PracticeVocabulary.defaults());
        assertEquals(5L, shown.tags().get(0).summary().total().numerator().value());
        ThemeReport hidden = LearningThemes.of(five.subList(0, 4), PracticeVocabulary.defaults());
        assertTrue(hidden.tags().get(0).summary().total().numerator().suppressed());
        assertTrue(hidden.proudInquiries().suppressed());
    }

    @Test
    void oneSmallTeamIsNotLeftRecoverableFromTheTotal() {
        // team-a 3 (hidden), team-b 6 (shown), total 9 (shown): team-a = 9 - 6, so team-b is hidden too.
        List<InquiryRecord> list = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            list.add(inquiry("a" + i, "team-a", "2025-01-0" + (i + 1), 8, "danger-statement"));
        }
        for (int i = 0; i < 6; i++) {
            list.add(inquiry("b" + i, "team-b", "2025-01-0" + (i + 1), 8, "danger-statement"));
        }
        SuppressedSummary s = LearningThemes.of(list, PracticeVocabulary.defaults()).tags().get(0).summary();
        assertEquals(9L, s.total().numerator().value());
        assertTrue(stratum(s, "team", "team-a").numerator().suppressed());
        assertTrue(stratum(s, "team", "team-b").numerator().suppressed());
    }

    @Test
    void quartersAreCalendarQuarters() {
        assertEquals("2025-Q1", LearningThemes.quarter(LocalDate.parse("2025-01-01")));
        assertEquals("2025-Q1", LearningThemes.quarter(LocalDate.parse("2025-03-31")));
        assertEquals("2025-Q2", LearningThemes.quarter(LocalDate.parse("2025-04-01")));
        assertEquals("2025-Q3", LearningThemes.quarter(LocalDate.parse("2025-08-14")));
        assertEquals("2025-Q4", LearningThemes.quarter(LocalDate.parse("2025-12-31")));
    }

    @Test
    void proudFromOutsideTheScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LearningThemes.of(List.of(), PracticeVocabulary.defaults(), 11, 5));
    }

    @Test
    void noInquiriesGiveAnEmptyReport() {
        ThemeReport r = LearningThemes.of(List.of(), PracticeVocabulary.defaults());
        assertEquals(0, r.inquiries());
        assertEquals(0L, r.proudInquiries().value());
        assertTrue(r.tags().isEmpty());
    }
}
