package dev.meridian.compliance.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Open and overdue data-subject requests, as gauges read at scrape time (an overdue request is a legal
 * deadline missed, so the number must be current, and "overdue" depends on the injectable clock).
 */
@Startup
@ApplicationScoped
public class DsrMetrics {

    private static final Logger LOG = Logger.getLogger(DsrMetrics.class);
    private static final String OPEN = "select count(*) from dsr_request where status = 'OPEN'";
    private static final String OVERDUE = "select count(*) from dsr_request where status = 'OPEN' and deadline < $1";

    private final Pool pool;
    private final Clock clock;

    public DsrMetrics(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        Gauge.builder("meridian.compliance.dsr.open", this, DsrMetrics::open)
                .description("Data-subject requests not yet acknowledged by every service").register(registry);
        Gauge.builder("meridian.compliance.dsr.overdue", this, DsrMetrics::overdue)
                .description("Open data-subject requests past their legal deadline").register(registry);
    }

    double open() {
        return count(OPEN, Tuple.tuple());
    }

    double overdue() {
        return count(OVERDUE, Tuple.of(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private double count(String sql, Tuple params) {
        try {
            return pool.preparedQuery(sql).execute(params).await().atMost(Duration.ofSeconds(2))
                    .iterator().next().getLong(0);
        } catch (RuntimeException e) {
            LOG.warnf("DSR metric not read: %s", e.toString());
            return Double.NaN;
        }
    }
}
