package dev.meridian.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka and marks them sent. Delivery is at-least-once: a crash between the
 * send and the commit of {@code sent_at} sends the row again, with the same event id, which consumers dedupe.
 *
 * <p>One relay per database works at a time (a transaction-scoped advisory lock), so rows of one key are
 * published in order even with several instances running; {@code FOR UPDATE SKIP LOCKED} additionally keeps
 * any two relays off the same row. A batch stops at its first failed send: the failed row and everything
 * after it stay pending and are retried on the next tick, so nothing is lost while Kafka is down. A row that
 * fails for a reason retrying cannot fix is parked after {@code meridian.outbox.max-attempts}, so it cannot block
 * the service's events forever.
 *
 * <p>The loop survives anything: every wait is bounded, any failure (an {@link Error} too) backs off and goes on,
 * a watchdog restarts the thread if it ever ends, and its heartbeat is a gauge and a readiness check.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration BACKOFF = Duration.ofSeconds(2);

    /** One lock id for the relay of this database (each service has its own database). */
    static final long RELAY_LOCK = 0x4D45524944L;

    private static final String CLAIM = """
            select position, topic, message_key, payload from outbox_event
            where sent_at is null and parked_at is null order by position limit $1 for update skip locked""";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where position = any($1)";
    /** $3: the failure is one retrying cannot fix; only those count towards parking. */
    private static final String RECORD_FAILURE = """
            update outbox_event set attempts = attempts + case when $3 then 1 else 0 end, last_error = $2,
              parked_at = case when $3 and attempts + 1 >= $4 then now() else parked_at end
            where position = $1 returning parked_at is not null as parked""";
    private static final String DELETE_OLD_SENT =
            "delete from outbox_event where sent_at is not null and sent_at < now() - make_interval(secs => $1)";

    private final Pool pool;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final AtomicLong lastBeatNanos = new AtomicLong(System.nanoTime());

    private volatile boolean running;
    private volatile Thread worker;

    public OutboxRelay(Pool pool, OutboxPublisher publisher, OutboxConfig config, OutboxMetrics metrics) {
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
        metrics.heartbeat(this::heartbeatAgeSeconds);
    }

    /** A dedicated thread rather than the scheduler: it polls sub-second and backs off while Kafka is down. */
    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        running = true;
        startWorker();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt();
        }
    }

    private synchronized void startWorker() {
        lastBeatNanos.set(System.nanoTime());
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    /** The loop should never end while running; if it did (a JVM error escaping everything), start it again. */
    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watchdog() {
        Thread current = worker;
        if (running && (current == null || !current.isAlive())) {
            LOG.error("outbox relay thread had stopped; starting it again");
            startWorker();
        }
    }

    private void loop() {
        while (running) {
            lastBeatNanos.set(System.nanoTime());
            Duration pause = config.pollInterval();
            try {
                if (relayOnce() == config.batchSize()) {
                    pause = Duration.ZERO; // more is waiting
                }
            } catch (Throwable e) { // NOSONAR: the relay must outlive any failure, errors included
                pause = BACKOFF;
                LOG.warnf("outbox relay failed, retrying in %s: %s", BACKOFF, e.getMessage());
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

    /** Seconds since the loop last came round; 0 when the relay is off on this instance. */
    public long heartbeatAgeSeconds() {
        return running ? Duration.ofNanos(System.nanoTime() - lastBeatNanos.get()).toSeconds() : 0;
    }

    public boolean healthy() {
        return !running || Duration.ofNanos(System.nanoTime() - lastBeatNanos.get()).compareTo(config.heartbeatTimeout()) < 0;
    }

    /** Publishes at most one batch; returns how many rows were marked sent (0 when another relay holds the lock). */
    public int relayOnce() {
        Duration timeout = config.dbTimeout();
        SqlConnection connection = pool.getConnection().await().atMost(timeout);
        try {
            Transaction tx = connection.begin().await().atMost(timeout);
            try {
                boolean leader = connection.preparedQuery("select pg_try_advisory_xact_lock($1)")
                        .execute(Tuple.of(RELAY_LOCK)).await().atMost(timeout)
                        .iterator().next().getBoolean(0);
                if (!leader) {
                    tx.rollback().await().atMost(timeout);
                    return 0;
                }
                List<OutboxMessage> batch = new ArrayList<>();
                for (Row row : connection.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize()))
                        .await().atMost(timeout)) {
                    batch.add(new OutboxMessage(row.getLong("position"), row.getString("topic"),
                            row.getString("message_key"), row.getString("payload")));
                }
                OutboxPublisher.Result result = publisher.publishInOrder(batch, config.sendTimeout());
                if (!result.sent().isEmpty()) {
                    connection.preparedQuery(MARK_SENT).execute(Tuple.of(result.sent().toArray(Long[]::new)))
                            .await().atMost(timeout);
                }
                boolean parked = false;
                if (result.failedPosition() != null) {
                    parked = connection.preparedQuery(RECORD_FAILURE)
                            .execute(Tuple.of(result.failedPosition(), truncate(result.error()), !result.retriable(),
                                    config.maxAttempts()))
                            .await().atMost(timeout).iterator().next().getBoolean("parked");
                }
                tx.commit().await().atMost(timeout);
                if (parked) {
                    metrics.parkedOne();
                    LOG.errorf("outbox row %d parked after %d attempts, later events go on without it: %s",
                            result.failedPosition(), config.maxAttempts(), result.error());
                    return result.sent().size();
                }
                if (result.failedPosition() != null) {
                    throw new OutboxPublishException(result.error());
                }
                return result.sent().size();
            } catch (RuntimeException e) {
                rollbackQuietly(tx, timeout);
                throw e;
            }
        } finally {
            connection.close().await().atMost(timeout);
        }
    }

    private static void rollbackQuietly(Transaction tx, Duration timeout) {
        try {
            tx.rollback().await().atMost(timeout);
        } catch (RuntimeException rollbackFailed) {
            LOG.debugf("outbox rollback failed (the connection is closed next): %s", rollbackFailed.getMessage());
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
