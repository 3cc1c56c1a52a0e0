package org.sosqa.core.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.core.measure.ShownCount;
import org.sosqa.core.measure.ShownStratum;
import org.sosqa.core.measure.SuppressedSummary;

/** Invariants of the themes over seeded random organisations. */
class ThemesPropertyTest {

    private static List<InquiryRecord> random(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> tags = new ArrayList<>(PracticeVocabulary.defaults().ids());
        int n = rnd.nextInt(0, 120);
        List<InquiryRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(0, 4);
            List<String> mine = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                String t = tags.get(rnd.nextInt(tags.size()));
                if (!mine.contains(t)) {
                    mine.add(t);
                }
            }
            out.add(Inquiries.inquiry("ai-" + i, "team-" + rnd.nextInt(4),
                    LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(730)).toString(), rnd.nextInt(11),
                    mine.toArray(String[]::new)));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void noSmallCountIsShownAndOrderDoesNotMatter(long seed) {
        List<InquiryRecord> org = random(seed);
        ThemeReport report = LearningThemes.of(org, PracticeVocabulary.defaults());
        List<InquiryRecord> shuffled = new ArrayList<>(org);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(report, LearningThemes.of(shuffled, PracticeVocabulary.defaults()), "same input, same report");
        for (TagTheme t : report.tags()) {
            SuppressedSummary s = t.summary();
            assertNotSmall(s.total());
            for (List<ShownStratum> strata : s.stratifiers().values()) {
                int hidden = 0;
                for (ShownStratum x : strata) {
                    assertNotSmall(x);
                    if (x.numerator().suppressed()) {
                        hidden++;
                    }
                }
                assertFalse(hidden == 1 && !s.total().numerator().suppressed(),
                        "one hidden stratum beside a shown total could be recovered: " + t.tag().id());
            }
        }
        long proud = org.stream().filter(i -> i.scale() >= LearningThemes.DEFAULT_PROUD_FROM).count();
        assertTrue(report.proudInquiries().suppressed() || report.proudInquiries().value() == proud);
    }

    private static void assertNotSmall(ShownStratum s) {
        for (ShownCount c : List.of(s.numerator(), s.denominator())) {
            assertTrue(c.suppressed() || c.value() == 0 || c.value() >= 5, () -> "shown small count " + c);
        }
    }
}
