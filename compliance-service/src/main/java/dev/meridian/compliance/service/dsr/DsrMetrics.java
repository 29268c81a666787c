package dev.meridian.compliance.service.dsr;

import dev.meridian.compliance.persistence.DsrRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Open and overdue data-subject requests, as gauges read at scrape time (an overdue request is a legal
 * deadline missed, so the number must be current, and "overdue" depends on the injectable clock).
 */
@Startup
@ApplicationScoped
public class DsrMetrics {

    private static final Logger LOG = Logger.getLogger(DsrMetrics.class);

    private final DsrRepository requests;
    private final Clock clock;

    public DsrMetrics(DsrRepository requests, Clock clock, MeterRegistry registry) {
        this.requests = requests;
        this.clock = clock;
        Gauge.builder("meridian.compliance.dsr.open", this, m -> m.read(m.requests.countOpen()))
                .description("Data-subject requests not yet acknowledged by every service").register(registry);
        Gauge.builder("meridian.compliance.dsr.overdue", this, m -> m.read(m.requests.countOverdue(m.clock.instant())))
                .description("Open data-subject requests past their legal deadline").register(registry);
    }

    private double read(Uni<Long> count) {
        try {
            return count.await().atMost(Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            LOG.warnf("DSR metric not read: %s", e.toString());
            return Double.NaN;
        }
    }
}
