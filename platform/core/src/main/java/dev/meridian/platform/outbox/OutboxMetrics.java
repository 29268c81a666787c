package dev.meridian.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Backlog and age of the oldest unsent row: the two numbers that say whether events are flowing. */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final String QUERY = """
            select count(*) as backlog,
                   coalesce(extract(epoch from now() - min(created_at)), 0)::bigint as oldest
            from outbox_event where sent_at is null""";

    private final Pool pool;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    public OutboxMetrics(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        Gauge.builder("meridian.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events recorded but not yet published to Kafka").register(registry);
        Gauge.builder("meridian.outbox.oldest.unsent.age", oldestAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest unpublished outbox event").register(registry);
    }

    /** Re-reads both values from the table; called after every relay tick. */
    public void refresh() {
        try {
            Row row = pool.query(QUERY).execute().await().atMost(Duration.ofSeconds(5)).iterator().next();
            backlog.set(row.getLong("backlog"));
            oldestAgeSeconds.set(row.getLong("oldest"));
        } catch (RuntimeException e) {
            LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    public long backlog() {
        return backlog.get();
    }

    public long oldestAgeSeconds() {
        return oldestAgeSeconds.get();
    }
}
