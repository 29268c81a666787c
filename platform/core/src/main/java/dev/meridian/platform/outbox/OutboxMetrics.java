package dev.meridian.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Backlog, age of the oldest unsent row, parked rows and the relay's heartbeat: the numbers that say whether
 * events are flowing. They are refreshed on their own schedule, not by the relay, so a relay that died or hangs
 * shows a growing backlog and an old heartbeat instead of the last healthy-looking values.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final String QUERY = """
            select count(*) filter (where parked_at is null) as backlog,
                   coalesce(extract(epoch from now() - min(created_at) filter (where parked_at is null)), 0)::bigint
                     as oldest,
                   count(*) filter (where parked_at is not null) as parked
            from outbox_event where sent_at is null""";

    private final Pool pool;
    private final MeterRegistry registry;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final Counter parkings;

    public OutboxMetrics(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.registry = registry;
        Gauge.builder("meridian.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events recorded but not yet published to Kafka").register(registry);
        Gauge.builder("meridian.outbox.oldest.unsent.age", oldestAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest unpublished outbox event").register(registry);
        Gauge.builder("meridian.outbox.parked", parked, AtomicLong::get)
                .description("Outbox events parked after failing for a reason retrying cannot fix (alert on > 0)")
                .register(registry);
        parkings = Counter.builder("meridian.outbox.parkings").description("Outbox events parked").register(registry);
    }

    /** Registers the relay's heartbeat age (seconds since its loop last came round). */
    void heartbeat(LongSupplier ageSeconds) {
        Gauge.builder("meridian.outbox.relay.heartbeat.age", ageSeconds, LongSupplier::getAsLong)
                .baseUnit("seconds").description("Seconds since the outbox relay loop last ran").register(registry);
    }

    void parkedOne() {
        parkings.increment();
    }

    /** Re-reads the values from the table, every few seconds, whatever the relay is doing. */
    @Scheduled(every = "${meridian.outbox.metrics-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            Row row = pool.query(QUERY).execute().await().atMost(Duration.ofSeconds(5)).iterator().next();
            backlog.set(row.getLong("backlog"));
            oldestAgeSeconds.set(row.getLong("oldest"));
            parked.set(row.getLong("parked"));
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

    public long parked() {
        return parked.get();
    }
}
