package org.sosqa.examples.embedding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.ReportJson;

/**
 * The job's SQL: which cases need an audit, and writing reports and problems back. The upsert is H2's
 * {@code MERGE INTO ... KEY (...)}; other databases spell it {@code MERGE ... USING} (SQL:2003, SQL Server,
 * Oracle, PostgreSQL 15+) or {@code INSERT ... ON CONFLICT} (PostgreSQL).
 */
final class ReportStore {
    // A case needs an audit under a rule set when neither a report nor a problem list records its current
    // version (cases.updated_at) under that rule set. Keyset paging keeps each query small.
    private static final String PENDING = """
            SELECT c.case_id FROM cases c
            WHERE c.case_id > ?
              AND NOT EXISTS (SELECT 1 FROM audit_report r
                              WHERE r.case_id = c.case_id AND r.rule_set_sha256 = ? AND r.case_updated_at = c.updated_at)
              AND NOT EXISTS (SELECT 1 FROM audit_problem p
                              WHERE p.case_id = c.case_id AND p.rule_set_sha256 = ? AND p.case_updated_at = c.updated_at)
            ORDER BY c.case_id
            FETCH FIRST ? ROWS ONLY""";
    private static final String MERGE_REPORT = """
            MERGE INTO audit_report (case_id, rule_set_sha256, rule_packs, case_updated_at, grade, score, domain_scores, report_json)
            KEY (case_id, rule_set_sha256)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String DELETE_PROBLEMS = "DELETE FROM audit_problem WHERE case_id = ? AND rule_set_sha256 = ?";
    private static final String INSERT_PROBLEM = """
            INSERT INTO audit_problem (case_id, rule_set_sha256, position, case_updated_at, location, message)
            VALUES (?, ?, ?, ?, ?, ?)""";
    // One line, keys sorted (the shared mapper sorts map entries): easy to read in a SQL client.
    private static final ObjectWriter COMPACT = ReportJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final Connection connection;
    private final RuleSet ruleSet;

    ReportStore(Connection connection, RuleSet ruleSet) {
        this.connection = connection;
        this.ruleSet = ruleSet;
    }

    /** The next cases needing an audit after {@code afterCaseId}, in id order. */
    List<String> pending(String afterCaseId, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PENDING)) {
            statement.setString(1, afterCaseId);
            statement.setString(2, ruleSet.sha256());
            statement.setString(3, ruleSet.sha256());
            statement.setInt(4, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    void writeReport(String caseId, LocalDateTime updatedAt, AuditReport report) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MERGE_REPORT)) {
            statement.setString(1, caseId);
            statement.setString(2, ruleSet.sha256());
            statement.setString(3, ruleSet.description());
            statement.setObject(4, updatedAt);
            statement.setString(5, report.grade().name());
            statement.setDouble(6, report.score());
            statement.setString(7, domainScores(report));
            statement.setString(8, ReportJson.toJson(report));
            statement.executeUpdate();
        }
        deleteProblems(caseId);
    }

    void writeProblems(String caseId, LocalDateTime updatedAt, List<VendorProblem> problems) throws SQLException {
        deleteProblems(caseId);
        try (PreparedStatement statement = connection.prepareStatement(INSERT_PROBLEM)) {
            for (int i = 0; i < problems.size(); i++) {
                statement.setString(1, caseId);
                statement.setString(2, ruleSet.sha256());
                statement.setInt(3, i + 1);
                statement.setObject(4, updatedAt);
                statement.setString(5, problems.get(i).location());
                statement.setString(6, problems.get(i).message());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void deleteProblems(String caseId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DELETE_PROBLEMS)) {
            statement.setString(1, caseId);
            statement.setString(2, ruleSet.sha256());
            statement.executeUpdate();
        }
    }

    static String domainScores(AuditReport report) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (DomainScore domain : report.domains()) {
            scores.put(domain.id(), domain.score());
        }
        try {
            return COMPACT.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
