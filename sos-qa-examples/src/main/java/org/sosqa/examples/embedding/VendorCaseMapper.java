package org.sosqa.examples.embedding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a vendor's relational case data (the tables of {@code vendor-schema.sql}) into sos-qa's
 * {@link org.sosqa.core.CaseRecord}, built through the public constructors and checked with
 * {@link org.sosqa.core.CaseValidator}. A case that does not map cleanly becomes a
 * {@link MappedCase.Invalid} listing every problem by table, row and column, for example
 * {@code cases[id=C-12].assessments[version=2].danger_statements[position=3].text}; the other cases of the
 * batch are mapped as usual.
 *
 * <p>Plain JDBC: one query a table for a whole batch of cases ({@code WHERE case_id IN (...)}), so a
 * batch costs a dozen round trips, not a dozen a case. Holds no state between calls and may be shared,
 * but a JDBC {@link Connection} should be used by one thread at a time.
 */
public final class VendorCaseMapper {
    /** The most cases {@link #read} takes at once, to keep the {@code IN} lists and the memory small. */
    public static final int MAX_BATCH = 500;

    // Each query selects every row of a table for the batch, in the order the model lists them.
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("cases", "SELECT * FROM cases WHERE case_id IN (%s)");
        QUERIES.put("children", "SELECT * FROM children WHERE case_id IN (%s) ORDER BY case_id, child_id");
        QUERIES.put("people", "SELECT * FROM people WHERE case_id IN (%s) ORDER BY case_id, person_id");
        QUERIES.put("assessments", "SELECT * FROM assessments WHERE case_id IN (%s) ORDER BY case_id, version");
        QUERIES.put("participants", "SELECT * FROM participants WHERE case_id IN (%s) ORDER BY case_id, version, position");
        QUERIES.put("harm_statements", "SELECT * FROM harm_statements WHERE case_id IN (%s) ORDER BY case_id, version, position");
        QUERIES.put("danger_statements", "SELECT * FROM danger_statements WHERE case_id IN (%s) ORDER BY case_id, version, position");
        QUERIES.put("scale_ratings", "SELECT * FROM scale_ratings WHERE case_id IN (%s) ORDER BY case_id, version, danger_position, position");
        QUERIES.put("map_items", "SELECT * FROM map_items WHERE case_id IN (%s) ORDER BY case_id, version, position");
        QUERIES.put("network_members", "SELECT * FROM network_members WHERE case_id IN (%s) ORDER BY case_id, version, person_id");
        QUERIES.put("safety_plans", "SELECT * FROM safety_plans WHERE case_id IN (%s) ORDER BY case_id, version");
        QUERIES.put("plan_rules", "SELECT * FROM plan_rules WHERE case_id IN (%s) ORDER BY case_id, version, position");
        QUERIES.put("events", "SELECT * FROM events WHERE case_id IN (%s) ORDER BY case_id, event_date, event_id");
    }

    /** A mapper; it holds nothing, so one is enough. */
    public VendorCaseMapper() {
    }

    /**
     * Reads and maps cases.
     *
     * @param connection the vendor's database
     * @param caseIds the cases to read, at most {@value #MAX_BATCH}
     * @return one mapped case for each id found, in the order of {@code caseIds}; an id with no
     *     {@code cases} row (deleted since it was listed) is left out
     * @throws SQLException if the database fails
     */
    public List<MappedCase> read(Connection connection, List<String> caseIds) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (caseIds.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " cases at once, not " + caseIds.size());
        }
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, List<Row>>> tables = new HashMap<>();
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
            tables.put(query.getKey(), byCase(connection, query.getValue(), caseIds));
        }
        List<MappedCase> mapped = new ArrayList<>(caseIds.size());
        for (String caseId : caseIds) {
            if (!tables.get("cases").containsKey(caseId)) {
                continue;
            }
            Map<String, List<Row>> rows = new HashMap<>();
            tables.forEach((table, byCase) -> rows.put(table, byCase.getOrDefault(caseId, List.of())));
            mapped.add(new CaseAssembler(caseId, rows).assemble());
        }
        return mapped;
    }

    /**
     * The vendor location of a case row.
     *
     * @param caseId the case's id
     * @return for example {@code cases[id=C-12]}
     */
    public static String caseLocation(String caseId) {
        return "cases[id=" + caseId + "]";
    }

    private static Map<String, List<Row>> byCase(Connection connection, String sql, List<String> caseIds) throws SQLException {
        String placeholders = String.join(", ", java.util.Collections.nCopies(caseIds.size(), "?"));
        Map<String, List<Row>> rows = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(String.format(sql, placeholders))) {
            for (int i = 0; i < caseIds.size(); i++) {
                statement.setString(i + 1, caseIds.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Row row = Row.of(rs);
                    rows.computeIfAbsent(row.string("case_id"), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return rows;
    }
}
