package dev.meridian.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Gives the test JVM its own, freshly created PostgreSQL database on the local server (no Docker), migrated
 * by the service's Flyway on start and dropped afterwards. Server and admin role come from
 * {@code MERIDIAN_TEST_PG_HOST/PORT/USER/PASSWORD} (defaults: 127.0.0.1, 5432, meridian, meridian; the role
 * is created by deploy/local/postgres.sh).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public Map<String, String> start() {
        database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("create database " + database);
        String hostPort = host() + ":" + port();
        return Map.of(
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password(),
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort + "/" + database,
                "quarkus.datasource.reactive.url", "postgresql://" + hostPort + "/" + database);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    public static Connection adminConnection(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/" + db, user(), password());
    }

    private static void execute(String sql) {
        try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + ":" + port() + " as " + user()
                    + " refused '" + sql + "' (run deploy/local/postgres.sh start): " + e.getMessage(), e);
        }
    }

    static String host() {
        return env("MERIDIAN_TEST_PG_HOST", "127.0.0.1");
    }

    static String port() {
        return env("MERIDIAN_TEST_PG_PORT", "5432");
    }

    static String user() {
        return env("MERIDIAN_TEST_PG_USER", "meridian");
    }

    static String password() {
        return env("MERIDIAN_TEST_PG_PASSWORD", "meridian");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
