package org.sosqa.examples.embedding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sosqa.core.BatchItem;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditOutcome;

/**
 * The nightly audit a vendor would schedule: find the cases that changed since they were last audited, or
 * that have no report under the engine's current rules; map them from the vendor's tables; audit them in
 * parallel with {@link AuditEngine#auditAll}; and write each report (or each case's problems) back, one
 * transaction a batch. Running it again with nothing changed selects nothing and writes nothing; changing
 * the rules (a new {@link RuleSet}) re-audits every case, keeping the reports made under the old rules.
 *
 * <pre>{@code
 * AuditEngine engine = AuditEngine.withDefaultRules();          // once, shared
 * NightlyAuditJob job = new NightlyAuditJob(engine, 200);
 * try (Connection connection = dataSource.getConnection()) {
 *     RunSummary summary = job.run(connection);
 * }
 * }</pre>
 *
 * <p>Logs counts and pseudonymous case ids only, never case text or the problems' messages.
 */
public final class NightlyAuditJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyAuditJob.class);

    private final AuditEngine engine;
    private final RuleSet ruleSet;
    private final int batchSize;
    private final VendorCaseMapper mapper = new VendorCaseMapper();

    /**
     * A job auditing with an engine.
     *
     * @param engine the engine, shared with the rest of the application
     * @param batchSize cases a transaction, 1 to {@value VendorCaseMapper#MAX_BATCH}
     */
    public NightlyAuditJob(AuditEngine engine, int batchSize) {
        this(engine, RuleSet.of(engine.rulePacks()), batchSize);
    }

    /**
     * A job auditing with an engine, keying reports by a rule set that also names configuration outside the
     * packs (see {@link RuleSet}).
     *
     * @param engine the engine, shared with the rest of the application
     * @param ruleSet {@code RuleSet.of(engine.rulePacks(), configuration)}
     * @param batchSize cases a transaction, 1 to {@value VendorCaseMapper#MAX_BATCH}
     */
    public NightlyAuditJob(AuditEngine engine, RuleSet ruleSet, int batchSize) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        if (batchSize < 1 || batchSize > VendorCaseMapper.MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be 1 to " + VendorCaseMapper.MAX_BATCH);
        }
        this.batchSize = batchSize;
    }

    /**
     * The rules this job audits under, as reports are keyed by them.
     *
     * @return the engine's rule set
     */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Runs the job once. Each batch is committed on its own, so a failure part-way keeps the batches before
     * it, and the next run picks up the rest.
     *
     * @param connection the vendor's database; its auto-commit setting is restored afterwards
     * @return what was done
     * @throws SQLException if the database fails; the batch in hand is rolled back
     */
    public RunSummary run(Connection connection) throws SQLException {
        LOG.info("nightly audit under rule set {}", ruleSet.sha256());
        ReportStore store = new ReportStore(connection, ruleSet);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int selected = 0;
        int audited = 0;
        int rejected = 0;
        int failed = 0;
        int batches = 0;
        try {
            String after = "";
            List<String> ids;
            while (!(ids = store.pending(after, batchSize)).isEmpty()) {
                after = ids.get(ids.size() - 1);
                selected += ids.size();
                int[] counts = auditBatch(connection, store, ids);
                connection.commit();
                batches++;
                audited += counts[0];
                rejected += counts[1];
                failed += counts[2];
                LOG.debug("batch {}: {} cases, {} audited, {} rejected, {} failed", batches, ids.size(), counts[0], counts[1], counts[2]);
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        RunSummary summary = new RunSummary(ruleSet, selected, audited, rejected, failed, batches);
        LOG.info("nightly audit done: {} selected, {} audited, {} rejected, {} failed, {} batches",
                selected, audited, rejected, failed, batches);
        return summary;
    }

    /** Maps, audits and writes one batch; returns {audited, rejected, failed}. */
    private int[] auditBatch(Connection connection, ReportStore store, List<String> ids) throws SQLException {
        int[] counts = new int[3];
        List<MappedCase.Valid> valid = new ArrayList<>();
        for (MappedCase mapped : mapper.read(connection, ids)) {
            if (mapped instanceof MappedCase.Valid v) {
                valid.add(v);
            } else if (mapped instanceof MappedCase.Invalid invalid) {
                store.writeProblems(invalid.caseId(), invalid.updatedAt(), invalid.problems());
                LOG.warn("case {} not audited: {} problems, written to audit_problem", invalid.caseId(), invalid.problems().size());
                counts[1]++;
            }
        }
        // auditAll keeps input order, so the i-th outcome belongs to the i-th valid case.
        List<AuditOutcome> outcomes;
        try (Stream<AuditOutcome> stream = engine.auditAll(valid.stream()
                .map(v -> (BatchItem) new BatchItem.ValidCase(v.location(), v.caseRecord())))) {
            outcomes = stream.toList();
        }
        for (int i = 0; i < outcomes.size(); i++) {
            MappedCase.Valid mapped = valid.get(i);
            AuditOutcome outcome = outcomes.get(i);
            if (outcome instanceof AuditOutcome.Audited done) {
                store.writeReport(mapped.caseId(), mapped.updatedAt(), done.report());
                counts[0]++;
            } else if (outcome instanceof AuditOutcome.Failed failure) {
                store.writeProblems(mapped.caseId(), mapped.updatedAt(),
                        List.of(new VendorProblem(mapped.location(), "rule " + failure.rule() + " failed on this case")));
                LOG.warn("case {} not audited: rule {} failed", mapped.caseId(), failure.rule());
                counts[2]++;
            } else if (outcome instanceof AuditOutcome.Rejected rejection) {
                // Cannot happen: only valid records are passed in. Recorded rather than lost if it ever does.
                store.writeProblems(mapped.caseId(), mapped.updatedAt(), rejection.violations().stream()
                        .map(v -> new VendorProblem(mapped.location(), v.toString())).toList());
                counts[1]++;
            }
        }
        return counts;
    }

    /**
     * Runs the example on an in-memory H2 database with 50 invented cases: the first run audits them, the
     * second finds nothing to do. {@code mvn -pl sos-qa-examples org.codehaus.mojo:exec-maven-plugin:3.5.1:java
     * -Dexec.mainClass=org.sosqa.examples.embedding.NightlyAuditJob}
     *
     * @param args none
     * @throws SQLException if the database fails
     */
    public static void main(String[] args) throws SQLException {
        AuditEngine engine = AuditEngine.withDefaultRules();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:vendor")) {
            VendorSchema.create(connection);
            VendorSeed.insert(connection, 50, 20261122L, "");
            NightlyAuditJob job = new NightlyAuditJob(engine, 20);
            System.out.println("first run:  " + describe(job.run(connection)));
            System.out.println("second run: " + describe(job.run(connection)));
            for (VendorProblem problem : VendorSchema.problems(connection)) {
                System.out.println("  problem: " + problem);
            }
        }
    }

    private static String describe(RunSummary s) {
        return s.selected() + " selected, " + s.audited() + " audited, " + s.rejected() + " rejected, " + s.failed() + " failed";
    }
}
