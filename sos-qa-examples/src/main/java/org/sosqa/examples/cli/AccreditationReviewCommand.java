package org.sosqa.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sosqa.core.accreditation.CheckedDocument;
import org.sosqa.core.accreditation.Award;
import org.sosqa.core.accreditation.ConflictOfInterest;
import org.sosqa.core.accreditation.CriterionAgreement;
import org.sosqa.core.accreditation.PeerPanel;
import org.sosqa.core.accreditation.PeerReview;
import org.sosqa.core.accreditation.PeerReviewJson;
import org.sosqa.core.accreditation.ReviewResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sos-qa accreditation review FILE [--format json]}: a peer-review panel's decision from its
 * reviewers' independent scores, conflicted reviewers flagged and left out.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Decide a peer review: each criterion's agreed score from the reviewers' independent 1-4 scores,",
            "conflicted reviewers flagged and left out, the outcome (AWARD, MINOR_REVISIONS, MAJOR_REVISIONS) and the award's expiry.",
            "Exit 0 with the decision; 1 when the document has problems, each listed with its JSON Pointer."})
final class AccreditationReviewCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The peer-review document (JSON).")
    private Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() throws IOException {
        CheckedDocument<PeerReview> read = AccreditationFiles.read(spec, file, PeerReviewJson::check);
        PrintWriter out = spec.commandLine().getOut();
        if (!read.valid()) {
            if (format == OutputFormat.json) {
                AccreditationFiles.printInvalid(out, file, read.violations());
            }
            return Main.EXIT_FAILED;
        }
        ReviewResult result = PeerPanel.decide(read.document().orElseThrow());
        if (format == OutputFormat.json) {
            Json.print(out, json(result));
        } else {
            text(result, out);
        }
        return 0;
    }

    static ObjectNode json(ReviewResult result) {
        ObjectNode doc = Json.object();
        doc.put("organisation", result.organisation());
        doc.put("level", result.level().name());
        doc.put("outcome", result.outcome().name());
        ArrayNode criteria = doc.putArray("criteria");
        for (CriterionAgreement c : result.criteria()) {
            ObjectNode entry = criteria.addObject();
            entry.put("id", c.criterionId());
            c.scores().forEach(entry.putArray("scores")::add);
            entry.put("agreed", c.agreed());
            entry.put("spread", c.spread());
            entry.put("discuss", c.discuss());
        }
        ArrayNode excluded = doc.putArray("excluded");
        for (ConflictOfInterest c : result.excluded()) {
            excluded.addObject().put("reviewer", c.reviewerId()).put("reason", c.reason());
        }
        if (result.award().isPresent()) {
            Award a = result.award().get();
            doc.putObject("award").put("level", a.level().name()).put("awarded", a.awarded().toString())
                    .put("expires", a.expires().toString());
        } else {
            doc.putNull("award");
        }
        return doc;
    }

    private static void text(ReviewResult result, PrintWriter out) {
        out.println(result.organisation() + ", " + result.level() + ": " + result.outcome());
        for (CriterionAgreement c : result.criteria()) {
            out.println("  " + c.criterionId() + ": agreed " + c.agreed() + " from " + c.scores()
                    + (c.discuss() ? " (reviewers differ by " + c.spread() + ": discuss)" : ""));
        }
        for (ConflictOfInterest c : result.excluded()) {
            out.println("  reviewer " + c.reviewerId() + " flagged for a conflict of interest; scores left out");
        }
        result.award().ifPresent(a -> out.println("Awarded " + a.level() + " on " + a.awarded() + ", expires " + a.expires()));
        out.flush();
    }
}
