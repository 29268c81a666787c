package dev.meridian.webhook.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 acceptance: an instance that stops mid-delivery leaves its claimed message SENDING under a lease; when the
 * lease runs out another round sends it again, with the same webhook-id (at least once, nothing lost).
 */
@QuarkusTest
class LeaseRecoveryTest {

    private Receiver receiver;

    @BeforeEach
    void setUp() {
        TestClock.reset();
        receiver = Receiver.start();
    }

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
        receiver.close();
    }

    @Test
    void a_message_claimed_by_a_stopped_instance_is_sent_again_with_the_same_webhook_id_after_its_lease() {
        var endpoint = Endpoints.to(receiver.url()).types(Events.SHIPMENT_DISPATCHED).register();
        // An event the endpoint does not subscribe to is logged; the "stopped instance" had claimed a message for it.
        String eventId = Events.publish(Events.expired(UUID.randomUUID().toString()));
        Instant now = TestClock.CLOCK.instant();
        TestDatabase.execute("""
                insert into webhook_message (id, endpoint_id, event_id, aggregate, status, attempts, next_attempt_at,
                  first_attempt_at, lease_until, trigger, created_at, updated_at)
                values (?::uuid, ?::uuid, ?, 'order', 'SENDING', 0, ?, ?, ?, 'EVENT', ?, ?)""",
                UUID.randomUUID().toString(), endpoint.id(), eventId, Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(5))), Timestamp.from(now), Timestamp.from(now));

        TestClock.CLOCK.advance(Duration.ofMinutes(6));

        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() == 1);
        assertThat(receiver.requests().getFirst().header("webhook-id")).isEqualTo(eventId);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestDatabase.count(
                "select count(*) from webhook_message where event_id = ? and status = 'SUCCEEDED'", eventId) == 1);
    }
}
