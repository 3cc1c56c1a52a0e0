package org.sosqa.core.accreditation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sosqa.core.Violation;

/**
 * Reads a peer-review document (described in {@code docs/accreditation.md}) and checks it, reporting every
 * problem with a JSON Pointer, including a criterion left with too few independent scores once conflicted
 * reviewers are set aside. Never throws for bad content. Thread-safe.
 */
public final class PeerReviewJson {

    private PeerReviewJson() {
    }

    /**
     * Reads and checks a file.
     *
     * @param file the document
     * @return the review or the problems
     * @throws UncheckedIOException when the file cannot be read
     */
    public static CheckedDocument<PeerReview> check(Path file) {
        return CheckedDocument.read(file, PeerReviewJson::check);
    }

    /**
     * Reads and checks a document. The stream is not closed.
     *
     * @param in the document, UTF-8
     * @return the review or the problems
     */
    public static CheckedDocument<PeerReview> check(InputStream in) {
        Fields f = new Fields();
        JsonNode root = f.parse(in);
        if (root == null) {
            return CheckedDocument.invalid(f.violations());
        }
        f.known(root, "", "organisation", "level", "decided", "reviewers", "conflicts", "scores");
        String organisation = f.text(root, "", "organisation", true);
        AwardLevel level = f.enumValue(root, "", "level", AwardLevel.class, true);
        if (level == AwardLevel.NONE) {
            f.add("/level", "an application is for BRONZE, SILVER or GOLD");
        }
        LocalDate decided = f.date(root, "", "decided", true);
        List<Reviewer> reviewers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        f.objects(root, "", "reviewers", true, (node, at) -> {
            f.known(node, at, "id", "role");
            String id = f.text(node, at, "id", true);
            String role = f.text(node, at, "role", true);
            if (id != null && !ids.add(id)) {
                f.add(at + "/id", "reviewer '" + id + "' is on the panel twice");
            } else if (id != null && role != null) {
                reviewers.add(new Reviewer(id, role));
            }
        });
        List<ConflictOfInterest> conflicts = new ArrayList<>();
        f.objects(root, "", "conflicts", false, (node, at) -> {
            f.known(node, at, "reviewer", "reason");
            String reviewer = reviewer(f, node, at, ids);
            String reason = f.text(node, at, "reason", true);
            if (reviewer != null && reason != null) {
                conflicts.add(new ConflictOfInterest(reviewer, reason));
            }
        });
        List<ReviewerScore> scores = new ArrayList<>();
        Set<String> scored = new HashSet<>();
        f.objects(root, "", "scores", true, (node, at) -> {
            f.known(node, at, "reviewer", "criterion", "score");
            String reviewer = reviewer(f, node, at, ids);
            String criterion = f.text(node, at, "criterion", true);
            Long score = f.integer(node, at, "score", 1, 4, true);
            if (reviewer != null && criterion != null && !scored.add(reviewer + "\u0000" + criterion)) {
                f.add(at, "reviewer '" + reviewer + "' scored criterion '" + criterion + "' twice; each scores each criterion once, independently");
            } else if (reviewer != null && criterion != null && score != null) {
                scores.add(new ReviewerScore(reviewer, criterion, score.intValue()));
            }
        });
        if (!f.clean()) {
            return CheckedDocument.invalid(f.violations());
        }
        PeerReview review = new PeerReview(organisation, level, decided, reviewers, conflicts, scores);
        PeerPanel.shortfalls(review).values().forEach(message -> f.add("/scores", message));
        return f.clean() ? CheckedDocument.of(review) : CheckedDocument.invalid(f.violations());
    }

    private static String reviewer(Fields f, JsonNode node, String at, Set<String> ids) {
        String reviewer = f.text(node, at, "reviewer", true);
        if (reviewer != null && !ids.contains(reviewer)) {
            f.add(at + "/reviewer", "'" + reviewer + "' is not one of the reviewers");
            return null;
        }
        return reviewer;
    }
}
