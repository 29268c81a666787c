package dev.meridian.platform.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.platform.outbox.OutboxMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The backlog gauge is refreshed on its own schedule: with no relay running at all it still shows the events
 * piling up (before, only the relay refreshed it, so a dead relay reported a frozen, healthy-looking backlog).
 */
@QuarkusTest
@TestProfile(OutboxMetricsTest.NoRelay.class)
class OutboxMetricsTest {

    public static class NoRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meridian.outbox.relay-enabled", "false", "meridian.outbox.metrics-interval", "200ms");
        }
    }

    @Inject
    OutboxMetrics metrics;

    @Test
    void the_backlog_gauge_moves_without_the_relay() {
        long before = metrics.backlog();
        Probes.record(Probes.TOPIC, UUID.randomUUID().toString(), 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.backlog() == before + 4);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("meridian_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("meridian_outbox_relay_heartbeat_age_seconds"));
    }

    @Test
    void readiness_reports_the_relay() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("outbox-relay"));
    }
}
