package dev.meridian.compliance.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Open and overdue data-subject requests, as gauges: an overdue request is a legal deadline missed. */
@ApplicationScoped
public class DsrMetrics {

    private static final Logger LOG = Logger.getLogger(DsrMetrics.class);
    private static final String QUERY = """
            select count(*) as open, count(*) filter (where deadline < $1) as overdue
            from dsr_request where status = 'OPEN'""";

    private final Pool pool;
    private final Clock clock;
    private final AtomicLong open = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    public DsrMetrics(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        Gauge.builder("meridian.compliance.dsr.open", open, AtomicLong::get)
                .description("Data-subject requests not yet acknowledged by every service").register(registry);
        Gauge.builder("meridian.compliance.dsr.overdue", overdue, AtomicLong::get)
                .description("Open data-subject requests past their legal deadline").register(registry);
    }

    @Scheduled(every = "${meridian.compliance.dsr.metrics-interval:30s}", delay = 1)
    public void refresh() {
        try {
            Row row = pool.preparedQuery(QUERY).execute(Tuple.of(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)))
                    .await().atMost(Duration.ofSeconds(5)).iterator().next();
            open.set(row.getLong("open"));
            overdue.set(row.getLong("overdue"));
        } catch (RuntimeException e) {
            LOG.debugf("DSR metrics not refreshed: %s", e.getMessage());
        }
    }
}
