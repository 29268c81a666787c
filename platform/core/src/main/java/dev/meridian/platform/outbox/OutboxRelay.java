package dev.meridian.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka and marks them sent.
 *
 * <p>One relay per database works at a time (a transaction-scoped advisory lock), so rows of one key are
 * published in order even with several instances running; {@code FOR UPDATE SKIP LOCKED} additionally keeps
 * any two relays off the same row. A batch stops at its first failed send: the failed row and everything
 * after it stay pending and are retried on the next tick, so nothing is lost while Kafka is down.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration BACKOFF = Duration.ofSeconds(2);
    private static final Duration METRICS_EVERY = Duration.ofSeconds(1);

    /** One lock id for the relay of this database (each service has its own database). */
    static final long RELAY_LOCK = 0x4D45524944L;

    private static final String CLAIM = """
            select position, topic, message_key, payload from outbox_event
            where sent_at is null order by position limit $1 for update skip locked""";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where position = any($1)";
    private static final String RECORD_FAILURE =
            "update outbox_event set attempts = attempts + 1, last_error = $2 where position = $1";
    private static final String DELETE_OLD_SENT =
            "delete from outbox_event where sent_at is not null and sent_at < now() - make_interval(secs => $1)";

    private final Pool pool;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;

    public OutboxRelay(Pool pool, OutboxPublisher publisher, OutboxConfig config, OutboxMetrics metrics) {
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    private volatile boolean running;
    private Thread worker;

    /** A dedicated thread rather than the scheduler: it polls sub-second and backs off while Kafka is down. */
    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void loop() {
        long lastMetrics = 0;
        while (running) {
            Duration pause = config.pollInterval();
            try {
                if (relayOnce() == config.batchSize()) {
                    pause = Duration.ZERO; // more is waiting
                }
            } catch (RuntimeException e) {
                pause = BACKOFF;
                LOG.warnf("outbox relay failed, retrying in %s: %s", BACKOFF, e.getMessage());
            }
            if (System.nanoTime() - lastMetrics > METRICS_EVERY.toNanos()) {
                metrics.refresh();
                lastMetrics = System.nanoTime();
            }
            sleep(pause);
        }
    }

    private static void sleep(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes at most one batch; returns how many rows were marked sent (0 when another relay holds the lock). */
    public int relayOnce() {
        SqlConnection connection = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        try {
            Transaction tx = connection.begin().await().indefinitely();
            try {
                boolean leader = connection.preparedQuery("select pg_try_advisory_xact_lock($1)")
                        .execute(Tuple.of(RELAY_LOCK)).await().indefinitely()
                        .iterator().next().getBoolean(0);
                if (!leader) {
                    tx.rollback().await().indefinitely();
                    return 0;
                }
                List<OutboxMessage> batch = new ArrayList<>();
                for (Row row : connection.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize()))
                        .await().indefinitely()) {
                    batch.add(new OutboxMessage(row.getLong("position"), row.getString("topic"),
                            row.getString("message_key"), row.getString("payload")));
                }
                OutboxPublisher.Result result = publisher.publishInOrder(batch, config.sendTimeout());
                if (!result.sent().isEmpty()) {
                    connection.preparedQuery(MARK_SENT).execute(Tuple.of(result.sent().toArray(Long[]::new)))
                            .await().indefinitely();
                }
                if (result.failedPosition() != null) {
                    connection.preparedQuery(RECORD_FAILURE)
                            .execute(Tuple.of(result.failedPosition(), truncate(result.error())))
                            .await().indefinitely();
                }
                tx.commit().await().indefinitely();
                if (result.failedPosition() != null) {
                    throw new OutboxPublishException(result.error());
                }
                return result.sent().size();
            } catch (RuntimeException e) {
                tx.rollback().await().indefinitely();
                throw e;
            }
        } finally {
            connection.close().await().indefinitely();
        }
    }

    @Scheduled(every = "1h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldSentRows() {
        pool.preparedQuery(DELETE_OLD_SENT).execute(Tuple.of((double) config.retention().toSeconds()))
                .await().atMost(Duration.ofMinutes(1));
    }

    private static String truncate(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }
}
