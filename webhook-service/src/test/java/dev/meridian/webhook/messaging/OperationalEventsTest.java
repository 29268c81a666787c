package dev.meridian.webhook.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.webhook.support.Db;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operational events (failing, disabled, exhausted) go through the outbox on webhook.events, match their schemas in
 * docs/events/webhook, and reach the endpoints that subscribe to them, never the endpoint they are about.
 */
@QuarkusTest
class OperationalEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Receiver gone;
    private Receiver monitor;

    @BeforeEach
    void setUp() {
        TestClock.reset();
        gone = Receiver.start().answering(r -> Receiver.Reply.status(410));
        monitor = Receiver.start();
    }

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
        gone.close();
        monitor.close();
    }

    @Test
    void an_endpoint_disabled_by_410_is_announced_to_the_endpoints_subscribed_to_webhook_events() throws Exception {
        var failing = Endpoints.to(gone.url()).types("meridian.fulfillment.*", "meridian.webhook.*").register();
        var watcher = Endpoints.to(monitor.url()).types("meridian.webhook.endpoint.*").register();

        Events.publish(Events.expired(UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(60)).until(() -> monitor.count() == 1);
        JsonNode event = JSON.readTree(monitor.requests().getFirst().body());
        assertThat(event.path("type").asText()).isEqualTo(EventTypes.WEBHOOK_ENDPOINT_DISABLED);
        assertThat(event.path("subject").asText()).isEqualTo(failing.id());
        assertThat(event.path("source").asText()).isEqualTo("/webhook-service");
        JsonSchemas.assertValid("webhook/endpoint.disabled.v1.json", event.path("data"));
        assertThat(event.path("data").path("reason").asText()).contains("410");
        assertThat(Db.count("select count(*) from webhook_message where endpoint_id = ?::uuid and event_id = ?",
                failing.id(), event.path("id").asText())).isZero();
        assertThat(watcher.id()).isNotEqualTo(failing.id());
    }

    @Test
    void failing_and_exhausted_events_match_their_schemas() throws Exception {
        Receiver broken = Receiver.start().answering(r -> Receiver.Reply.status(500));
        try (broken) {
            var endpoint = Endpoints.to(broken.url()).register();
            Events.publish(Events.expired(UUID.randomUUID().toString()));
            for (int round = 0; round < 30 && Db.count("select count(*) from outbox_event where message_key = ? "
                    + "and type = ?", endpoint.id(), EventTypes.WEBHOOK_MESSAGE_EXHAUSTED) == 0; round++) {
                await().atMost(Duration.ofSeconds(60)).until(() -> Db.count("select count(*) from webhook_message "
                        + "where endpoint_id = ?::uuid and (status = 'SENDING' or status = 'PENDING' and "
                        + "next_attempt_at <= ?)", endpoint.id(), java.sql.Timestamp.from(TestClock.CLOCK.instant())) == 0);
                var next = Db.column("select next_attempt_at from webhook_message where endpoint_id = ?::uuid "
                        + "and status = 'PENDING'", endpoint.id());
                if (!next.isEmpty()) {
                    TestClock.CLOCK.set((java.time.Instant) next.getFirst());
                }
            }
            for (String type : new String[]{EventTypes.WEBHOOK_ENDPOINT_FAILING, EventTypes.WEBHOOK_MESSAGE_EXHAUSTED}) {
                var payloads = Db.column("select payload from outbox_event where message_key = ? and type = ?",
                        endpoint.id(), type);
                assertThat(payloads).as(type).isNotEmpty();
                for (Object payload : payloads) {
                    String schema = EventTypes.schemaPath(type);
                    JsonSchemas.assertValid(schema, JSON.readTree(payload.toString()).path("data"));
                }
            }
        }
    }
}
