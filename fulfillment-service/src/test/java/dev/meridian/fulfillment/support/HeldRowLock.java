package dev.meridian.fulfillment.support;

import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A stock row locked by the test in its own transaction, to see in which order the service takes row locks: while
 * the service waits for this row, {@link #tryLock} tells whether it already holds another one.
 */
public final class HeldRowLock implements AutoCloseable {

    private final Connection connection;

    private HeldRowLock(Connection connection) {
        this.connection = connection;
    }

    public static HeldRowLock on(String sku, String location) throws SQLException {
        Connection connection = TestDatabase.connect();
        connection.setAutoCommit(false);
        HeldRowLock held = new HeldRowLock(connection);
        if (!held.tryLock(sku, location)) {
            throw new IllegalStateException("could not lock " + sku + " at " + location);
        }
        return held;
    }

    /** Locks another stock row without waiting; false when someone else holds it. */
    public boolean tryLock(String sku, String location) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("savepoint try_lock")) {
            s.execute();
        }
        try (PreparedStatement s = connection.prepareStatement(
                "select 1 from stock_level where sku = ? and location = ? for update nowait")) {
            s.setString(1, sku);
            s.setString(2, location);
            s.executeQuery();
            return true;
        } catch (SQLException e) {
            if (!"55P03".equals(e.getSQLState())) {
                throw e;
            }
            try (PreparedStatement s = connection.prepareStatement("rollback to savepoint try_lock")) {
                s.execute();
            }
            return false;
        }
    }

    /** Waits until some other transaction is blocked on a lock (the service reached this row). */
    public static void awaitSomeoneWaiting() {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")
                > 0);
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
