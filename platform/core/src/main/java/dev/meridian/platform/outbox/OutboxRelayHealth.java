package dev.meridian.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the relay's loop has stopped coming round: events would pile up unseen. */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxMetrics metrics;

    public OutboxRelayHealth(OutboxRelay relay, OutboxMetrics metrics) {
        this.relay = relay;
        this.metrics = metrics;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox-relay").status(relay.healthy())
                .withData("heartbeatAgeSeconds", relay.heartbeatAgeSeconds())
                .withData("backlog", metrics.backlog())
                .withData("parked", metrics.parked())
                .build();
    }
}
