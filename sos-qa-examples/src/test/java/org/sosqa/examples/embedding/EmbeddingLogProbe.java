package org.sosqa.examples.embedding;

import java.sql.Connection;
import java.time.Duration;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.StatementKind;

/**
 * Run in a JVM of its own by {@link NoCaseTextInEmbeddingLogsTest}, with SLF4J at DEBUG for everything:
 * seeds the vendor's tables with {@link #MARKER} in every free text, runs the nightly job (twice, then on a
 * second database with an engine whose firing limit fails every case), and gives live feedback on marked statements. It writes
 * nothing to standard error itself, so everything there is logging.
 */
public final class EmbeddingLogProbe {
    /** A string nothing logs unless it logs case text. */
    public static final String MARKER = "ZQXMARKERZQX";

    private EmbeddingLogProbe() {
    }

    public static void main(String[] args) throws Exception {
        AuditEngine engine = AuditEngine.withDefaultRules();
        AuditEngine strict = AuditEngine.builder().maxRuleFirings(5).build();
        try (Connection db = VendorDatabase.seeded(40, MARKER)) {
            RunSummary first = new NightlyAuditJob(engine, 15).run(db);
            new NightlyAuditJob(engine, 15).run(db);
            RunSummary failing;
            // The firing limit is not part of the rule set's key, so the failing run needs cases not yet audited.
            try (Connection fresh = VendorDatabase.seeded(20, MARKER)) {
                failing = new NightlyAuditJob(strict, 15).run(fresh);
            }
            if (first.rejected() != 2 || failing.failed() == 0) {
                throw new IllegalStateException("the probe did not exercise rejection and failure: " + first + " " + failing);
            }
            int marked = VendorDatabase.count(db, "SELECT COUNT(*) FROM danger_statements WHERE text LIKE '%" + MARKER + "%'")
                    + VendorDatabase.count(db, "SELECT COUNT(*) FROM plan_rules WHERE text LIKE '%" + MARKER + "%'")
                    + VendorDatabase.count(db, "SELECT COUNT(*) FROM map_items WHERE text LIKE '%" + MARKER + "%'");
            System.out.println("marked texts: " + marked);
        }
        try (LiveStatementFeedback feedback = new LiveStatementFeedback(engine, StatementKind.DANGER, Duration.ZERO, f -> { })) {
            String statement = "Nana is worried " + MARKER + " that Dad shouts, so Amy could be hurt " + MARKER + ".";
            for (int end = 1; end <= statement.length(); end++) {
                feedback.textChanged(statement.substring(0, end));
            }
        }
        System.out.println("probe done");
    }
}
