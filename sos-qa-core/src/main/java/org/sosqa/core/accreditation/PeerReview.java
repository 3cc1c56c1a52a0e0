package org.sosqa.core.accreditation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A peer review of one application: the panel, its declared conflicts of interest, and each reviewer's
 * independent scores. {@link PeerPanel#decide(PeerReview)} turns it into an outcome.
 *
 * @param organisation the organisation under review
 * @param level the level applied for
 * @param decided the day the panel meets and decides
 * @param reviewers the panel
 * @param conflicts the conflicts of interest declared
 * @param scores every reviewer's scores, each reviewer at most once per criterion
 */
public record PeerReview(String organisation, AwardLevel level, LocalDate decided, List<Reviewer> reviewers,
        List<ConflictOfInterest> conflicts, List<ReviewerScore> scores) {

    public PeerReview {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(decided, "decided");
        if (level == AwardLevel.NONE) {
            throw new IllegalArgumentException("an application is for BRONZE, SILVER or GOLD");
        }
        reviewers = List.copyOf(reviewers);
        conflicts = List.copyOf(conflicts);
        scores = List.copyOf(scores);
        Set<String> ids = new HashSet<>();
        for (Reviewer r : reviewers) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("reviewer " + r.id() + " is on the panel twice");
            }
        }
        for (ConflictOfInterest c : conflicts) {
            if (!ids.contains(c.reviewerId())) {
                throw new IllegalArgumentException("a conflict of interest names reviewer " + c.reviewerId() + ", who is not on the panel");
            }
        }
        Set<String> scored = new HashSet<>();
        for (ReviewerScore s : scores) {
            if (!ids.contains(s.reviewerId())) {
                throw new IllegalArgumentException("a score names reviewer " + s.reviewerId() + ", who is not on the panel");
            }
            if (!scored.add(s.reviewerId() + "\u0000" + s.criterionId())) {
                throw new IllegalArgumentException("reviewer " + s.reviewerId() + " scored criterion " + s.criterionId() + " twice");
            }
        }
    }

    /**
     * Whether a reviewer has declared a conflict of interest.
     *
     * @param reviewerId the reviewer
     * @return true when conflicted
     */
    public boolean conflicted(String reviewerId) {
        return conflicts.stream().anyMatch(c -> c.reviewerId().equals(reviewerId));
    }
}
