package dev.meridian.webhook.support;

import dev.meridian.platform.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads single values and columns from the service's test database, to check what was written. */
public final class Db {

    private Db() {
    }

    public static List<Object> column(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object value = rs.getObject(1);
                    values.add(value instanceof Timestamp t ? t.toInstant() : value);
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static Object value(String sql, Object... params) {
        List<Object> values = column(sql, params);
        if (values.size() != 1) {
            throw new IllegalStateException("expected one row, got " + values.size() + ": " + sql);
        }
        return values.getFirst();
    }

    public static Instant instant(String sql, Object... params) {
        return (Instant) value(sql, params);
    }

    public static String text(String sql, Object... params) {
        Object v = value(sql, params);
        return v == null ? null : v.toString();
    }

    public static long count(String sql, Object... params) {
        return TestDatabase.count(sql, params);
    }
}
