package org.sosqa.examples.embedding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh in-memory H2 database with the vendor's tables, and small query helpers for the tests. */
final class VendorDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private VendorDatabase() {
    }

    /** A new, private in-memory database seeded with {@code count} cases; it lives while the connection is open. */
    static Connection seeded(int count, String marker) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:h2:mem:vendor-test-" + NEXT.incrementAndGet());
        VendorSchema.create(connection);
        VendorSeed.insert(connection, count, 20261122L, marker);
        return connection;
    }

    static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static String string(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static int update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** Every row of a query, each as its columns' text joined with tabs: a snapshot to compare. */
    static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i > 1 ? "\t" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
