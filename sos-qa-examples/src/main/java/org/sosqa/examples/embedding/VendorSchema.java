package org.sosqa.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The example vendor's tables ({@value #RESOURCE}), and a reader of the problems the job wrote back.
 */
public final class VendorSchema {
    /** The DDL on the class path. */
    public static final String RESOURCE = "/org/sosqa/examples/embedding/vendor-schema.sql";

    private VendorSchema() {
    }

    /**
     * Creates the vendor's tables and the two the job writes to.
     *
     * @param connection an empty database
     * @throws SQLException if a statement fails
     */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Every problem recorded in {@code audit_problem}, by case, rule set and position.
     *
     * @param connection the database
     * @return the problems
     * @throws SQLException if the query fails
     */
    public static List<VendorProblem> problems(Connection connection) throws SQLException {
        List<VendorProblem> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT location, message FROM audit_problem ORDER BY case_id, rule_set_sha256, position")) {
            while (rs.next()) {
                problems.add(new VendorProblem(rs.getString(1), rs.getString(2)));
            }
        }
        return problems;
    }

    // The file separates statements with a line holding only ';', so no SQL parsing is needed here.
    private static List<String> statements() {
        try (InputStream in = VendorSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + RESOURCE);
            }
            String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            for (String part : ddl.split("(?m)^;\\s*$")) {
                String sql = part.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
                if (!sql.isEmpty()) {
                    statements.add(sql);
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
