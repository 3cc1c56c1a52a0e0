package org.sosqa.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.sosqa.core.Violation;
import org.sosqa.rules.AuditOutcome;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.Finding;
import org.sosqa.rules.GradeLimit;
import org.sosqa.rules.Grade;
import org.sosqa.rules.RaterAgreement;
import org.sosqa.rules.RulePackInfo;

/**
 * A batch audit for people: a line per case as it is audited, then the criteria most often not met
 * and a summary. With a single case, its domain scores and every check not met instead of the list.
 */
final class AuditTextOutput implements AuditOutput {
    private final PrintWriter out;
    private final int top;

    AuditTextOutput(PrintWriter out, int top) {
        this.out = out;
        this.top = top;
    }

    @Override
    public void outcome(AuditOutcome outcome) {
        if (outcome instanceof AuditOutcome.Audited a) {
            AuditReport r = a.report();
            out.printf(Locale.ROOT, "%s: %s  %s  %.1f%n", a.source(), r.caseId(), r.grade(), r.score());
        } else if (outcome instanceof AuditOutcome.Rejected rejected) {
            int n = rejected.violations().size();
            out.println(rejected.source() + ": invalid, " + n + (n == 1 ? " problem" : " problems") + ", not audited");
            for (Violation v : rejected.violations()) {
                out.println("  " + v);
            }
        } else if (outcome instanceof AuditOutcome.Failed failed) {
            out.println(failed.source() + ": " + failed.caseId() + "  not audited: " + failed.message());
        }
    }

    @Override
    public void finish(AuditTally tally, RaterAgreement agreement) {
        AuditReport single = tally.single();
        if (single != null) {
            details(single);
        } else {
            mostOftenNotMet(tally);
        }
        out.println();
        out.println(summary(tally));
        if (agreement != null) {
            out.println(agreement(agreement));
        }
        for (RulePackInfo pack : tally.rulePacks()) {
            out.println("Rule pack " + pack.id() + " " + pack.version() + " (sha256 " + pack.sha256() + ")");
        }
        out.flush();
    }

    private void details(AuditReport report) {
        out.println();
        out.println("Domains (0-10)");
        int width = report.domains().stream().mapToInt(d -> d.id().length()).max().orElse(0);
        for (DomainScore domain : report.domains()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", domain.id(),
                    domain.score() == null ? "not applicable" : String.format(Locale.ROOT, "%4.1f", domain.score()));
        }
        for (GradeLimit limit : report.limits()) {
            out.println("Grade limited to " + limit.atMost() + ": " + limit.message() + " [" + limit.rule() + "]");
        }
        List<Finding> notMet = report.findings().stream().filter(f -> !f.met()).toList();
        out.println();
        out.println(notMet.isEmpty() ? "Every check was met." : "Not met (" + notMet.size() + " of " + report.findings().size() + " checks)");
        for (Finding f : notMet) {
            out.println("  ✗ " + f.message());
            out.println("    " + f.criterion() + (f.path().isEmpty() ? "" : " at " + f.path()) + "  [" + f.rule() + "]");
        }
    }

    private void mostOftenNotMet(AuditTally tally) {
        List<Map.Entry<String, Long>> criteria = tally.mostOftenNotMet(top);
        if (criteria.isEmpty()) {
            return;
        }
        out.println();
        out.println("Criteria most often not met");
        int width = criteria.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
        for (Map.Entry<String, Long> e : criteria) {
            out.printf(Locale.ROOT, "  %-" + width + "s  in %,d of %,d cases%n", e.getKey(), e.getValue(), tally.audited());
        }
    }

    static String summary(AuditTally tally) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d %s: %,d audited", tally.documents(),
                tally.documents() == 1 ? "document" : "documents", tally.audited()));
        if (tally.audited() > 0) {
            StringJoiner grades = new StringJoiner(", ", " (", ")");
            for (Map.Entry<Grade, Long> e : tally.grades().entrySet()) {
                grades.add(String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()));
            }
            s.append(grades).append(String.format(Locale.ROOT, ", mean score %.1f", tally.meanScore()));
        }
        s.append(String.format(Locale.ROOT, "; %,d invalid; %,d failed", tally.invalid(), tally.failed()));
        return s.toString();
    }

    private static String agreement(RaterAgreement agreement) {
        if (agreement.pairs() == 0) {
            return "Agreement with the auditors: no criterion was rated by both an auditor and the engine";
        }
        return String.format(Locale.ROOT, "Agreement with the auditors on %,d criterion %s: %.0f%% the same, weighted kappa %s",
                agreement.pairs(), agreement.pairs() == 1 ? "rating" : "ratings", 100 * agreement.exactAgreement(),
                agreement.weightedKappa() == null ? "undefined (no variation in the ratings)" : String.format(Locale.ROOT, "%.2f", agreement.weightedKappa()));
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
