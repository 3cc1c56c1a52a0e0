package org.sosqa.core.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sosqa.core.Violation;

class PeerPanelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static List<Reviewer> panel(int n) {
        List<Reviewer> reviewers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            reviewers.add(new Reviewer("R" + i, "practice leader"));
        }
        return reviewers;
    }

    private static List<ReviewerScore> scores(String criterion, int... byReviewer) {
        List<ReviewerScore> out = new ArrayList<>();
        for (int i = 0; i < byReviewer.length; i++) {
            out.add(new ReviewerScore("R" + (i + 1), criterion, byReviewer[i]));
        }
        return out;
    }

    @Test
    void aConflictedReviewerIsFlaggedAndTheirScoresLeftOut() {
        // R4 is conflicted and scored 4. Counted, the five scores 2,3,3,4,2 would have a median of 3 and an
        // award; left out, the four scores 2,3,3,2 agree 2 (the lower middle score): minor revisions.
        ConflictOfInterest conflict = new ConflictOfInterest("R4", "worked there until 2024");
        PeerReview review = new PeerReview("Org", AwardLevel.SILVER, DAY, panel(5), List.of(conflict), scores("c1", 2, 3, 3, 4, 2));
        ReviewResult result = PeerPanel.decide(review);
        assertEquals(List.of(conflict), result.excluded());
        assertEquals(List.of(new CriterionAgreement("c1", List.of(2, 3, 3, 2), 2, 1, false)), result.criteria());
        assertEquals(ReviewOutcome.MINOR_REVISIONS, result.outcome());
        assertEquals(Optional.empty(), result.award());

        ReviewResult unconflicted = PeerPanel.decide(new PeerReview("Org", AwardLevel.SILVER, DAY, panel(5), List.of(), scores("c1", 2, 3, 3, 4, 2)));
        assertEquals(ReviewOutcome.AWARD, unconflicted.outcome());
    }

    @Test
    void everyCriterionMetConfersAnAwardForFiveYears() {
        List<ReviewerScore> all = new ArrayList<>(scores("c1", 3, 4, 3));
        all.addAll(scores("c2", 4, 4, 3));
        ReviewResult result = PeerPanel.decide(new PeerReview("Org", AwardLevel.BRONZE, DAY, panel(3), List.of(), all));
        assertEquals(ReviewOutcome.AWARD, result.outcome());
        Award award = result.award().orElseThrow();
        assertEquals(new Award("Org", AwardLevel.BRONZE, DAY, LocalDate.of(2031, 5, 1)), award);
        assertTrue(award.holdsOn(DAY));
        assertTrue(award.holdsOn(LocalDate.of(2031, 4, 30)));
        assertFalse(award.holdsOn(LocalDate.of(2031, 5, 1)));
        assertFalse(award.holdsOn(DAY.minusDays(1)));
    }

    @Test
    void aCriterionNotMetMeansMajorRevisionsAndAWideSpreadIsForDiscussion() {
        List<ReviewerScore> all = new ArrayList<>(scores("c1", 1, 1, 3));
        all.addAll(scores("c2", 2, 4, 4));
        ReviewResult result = PeerPanel.decide(new PeerReview("Org", AwardLevel.GOLD, DAY, panel(3), List.of(), all));
        assertEquals(ReviewOutcome.MAJOR_REVISIONS, result.outcome());
        assertEquals(List.of(new CriterionAgreement("c1", List.of(1, 1, 3), 1, 2, true),
                new CriterionAgreement("c2", List.of(2, 4, 4), 4, 2, true)), result.criteria());
    }

    @Test
    void tooFewIndependentScoresCannotBeAgreed() {
        PeerReview review = new PeerReview("Org", AwardLevel.BRONZE, DAY, panel(3),
                List.of(new ConflictOfInterest("R2", "a friend")), scores("c1", 3, 3, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PeerPanel.decide(review));
        assertEquals("criterion 'c1' has 2 independent score(s) once conflicted reviewers are left out; it needs at least 3", e.getMessage());
    }

    @Test
    void scoresAreOneToFourAndEachReviewerScoresOnce() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewerScore("R1", "c1", 5));
        assertThrows(IllegalArgumentException.class, () -> new ReviewerScore("R1", "c1", 0));
        assertThrows(IllegalArgumentException.class, () -> new PeerReview("Org", AwardLevel.BRONZE, DAY, panel(3), List.of(),
                List.of(new ReviewerScore("R1", "c1", 3), new ReviewerScore("R1", "c1", 4))));
    }

    @Test
    void theReviewDocumentFlagsTheConflictedReviewerAndReportsProblemsWithPointers() {
        String json = """
                {"organisation":"Org","level":"SILVER","decided":"2026-05-01",
                 "reviewers":[{"id":"R1","role":"practice leader"},{"id":"R2","role":"analyst"},{"id":"R3","role":"lived experience"},{"id":"R4","role":"practice leader"}],
                 "conflicts":[{"reviewer":"R4","reason":"worked there"}],
                 "scores":[{"reviewer":"R1","criterion":"c1","score":3},{"reviewer":"R2","criterion":"c1","score":3},
                           {"reviewer":"R3","criterion":"c1","score":4},{"reviewer":"R4","criterion":"c1","score":1}]}
                """;
        CheckedDocument<PeerReview> read = PeerReviewJson.check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(read.valid(), read.violations()::toString);
        ReviewResult result = PeerPanel.decide(read.document().orElseThrow());
        assertEquals(List.of(new ConflictOfInterest("R4", "worked there")), result.excluded());
        assertEquals(ReviewOutcome.AWARD, result.outcome());

        String bad = """
                {"organisation":"Org","level":"NONE","decided":"2026-05-01",
                 "reviewers":[{"id":"R1","role":"x"},{"id":"R2","role":"x"}],
                 "conflicts":[{"reviewer":"R9","reason":"r"}],
                 "scores":[{"reviewer":"R1","criterion":"c1","score":5},{"reviewer":"R3","criterion":"c1","score":2}]}
                """;
        CheckedDocument<PeerReview> problems = PeerReviewJson.check(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Violation("/level", "an application is for BRONZE, SILVER or GOLD"),
                new Violation("/conflicts/0/reviewer", "'R9' is not one of the reviewers"),
                new Violation("/scores/0/score", "must be a whole number from 1 to 4"),
                new Violation("/scores/1/reviewer", "'R3' is not one of the reviewers")), problems.violations());
    }

    @Test
    void aCriterionLeftWithTwoIndependentScoresIsAProblemInTheDocument() {
        String json = """
                {"organisation":"Org","level":"BRONZE","decided":"2026-05-01",
                 "reviewers":[{"id":"R1","role":"x"},{"id":"R2","role":"x"},{"id":"R3","role":"x"}],
                 "conflicts":[{"reviewer":"R3","reason":"r"}],
                 "scores":[{"reviewer":"R1","criterion":"c1","score":3},{"reviewer":"R2","criterion":"c1","score":3},{"reviewer":"R3","criterion":"c1","score":3}]}
                """;
        CheckedDocument<PeerReview> read = PeerReviewJson.check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new Violation("/scores", "criterion 'c1' has 2 independent score(s) once conflicted reviewers are left out; it needs at least 3")),
                read.violations());
    }
}
