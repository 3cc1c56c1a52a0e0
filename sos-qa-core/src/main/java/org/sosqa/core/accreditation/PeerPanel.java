package org.sosqa.core.accreditation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides a {@link PeerReview} by the Athena Swan mechanics (domain.md §4.1), which the library proposes
 * for a Signs of Safety scheme (§4.2): reviewers score each criterion 1-4 independently; a reviewer with a
 * conflict of interest is flagged and their scores left out; the panel agrees each criterion's score (the
 * median of the independent scores, never rounded up); every criterion at 3 or 4 confers the award, which
 * runs five years; any at 2 and none at 1 asks for minor revisions; any at 1, major revisions.
 */
public final class PeerPanel {

    /** The fewest independent (unconflicted) scores a criterion needs before the panel can agree it. */
    public static final int MIN_INDEPENDENT_SCORES = 3;

    private PeerPanel() {
    }

    /**
     * The criteria with too few independent scores to agree, each with a plain message.
     *
     * @param review the review
     * @return criterion id to problem, in criterion id order; empty when the panel can decide
     */
    public static Map<String, String> shortfalls(PeerReview review) {
        Map<String, String> problems = new TreeMap<>();
        independent(review).forEach((criterion, scores) -> {
            if (scores.size() < MIN_INDEPENDENT_SCORES) {
                problems.put(criterion, "criterion '" + criterion + "' has " + scores.size()
                        + " independent score(s) once conflicted reviewers are left out; it needs at least "
                        + MIN_INDEPENDENT_SCORES);
            }
        });
        if (review.scores().isEmpty()) {
            problems.put("", "there are no scores");
        }
        return problems;
    }

    /**
     * The panel's decision.
     *
     * @param review the review
     * @return the outcome, each criterion's agreed score, the excluded reviewers, and the award if conferred
     * @throws IllegalArgumentException when some criterion has fewer than {@value #MIN_INDEPENDENT_SCORES}
     *     independent scores (see {@link #shortfalls})
     */
    public static ReviewResult decide(PeerReview review) {
        Map<String, String> shortfalls = shortfalls(review);
        if (!shortfalls.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", shortfalls.values()));
        }
        List<CriterionAgreement> criteria = new ArrayList<>();
        independent(review).forEach((criterion, scores) -> criteria.add(agree(criterion, scores)));
        int lowest = criteria.stream().mapToInt(CriterionAgreement::agreed).min().orElse(1);
        ReviewOutcome outcome = lowest >= 3 ? ReviewOutcome.AWARD
                : lowest == 2 ? ReviewOutcome.MINOR_REVISIONS : ReviewOutcome.MAJOR_REVISIONS;
        List<ConflictOfInterest> excluded = review.conflicts();
        return new ReviewResult(review.organisation(), review.level(), outcome, criteria, excluded,
                outcome == ReviewOutcome.AWARD
                        ? java.util.Optional.of(Award.conferred(review.organisation(), review.level(), review.decided()))
                        : java.util.Optional.empty());
    }

    static CriterionAgreement agree(String criterion, List<Integer> scores) {
        List<Integer> sorted = new ArrayList<>(scores);
        sorted.sort(null);
        int agreed = sorted.get((sorted.size() - 1) / 2);
        int spread = sorted.get(sorted.size() - 1) - sorted.get(0);
        return new CriterionAgreement(criterion, scores, agreed, spread, spread >= 2);
    }

    /** Each criterion's unconflicted scores, in the panel's order; criteria in id order. */
    private static Map<String, List<Integer>> independent(PeerReview review) {
        Map<String, List<Integer>> byCriterion = new TreeMap<>();
        for (ReviewerScore s : review.scores()) {
            List<Integer> list = byCriterion.computeIfAbsent(s.criterionId(), k -> new ArrayList<>());
            if (!review.conflicted(s.reviewerId())) {
                list.add(s.score());
            }
        }
        return byCriterion;
    }
}
