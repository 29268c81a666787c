package dev.meridian.webhook.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.TestEvent;
import dev.meridian.platform.webhook.StandardWebhooks;
import dev.meridian.webhook.support.Db;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery per Standard Webhooks: signed, retried on the schedule with a moved clock, only 2xx counts. */
@QuarkusTest
class DeliveryTest {

    private static final List<Duration> SCHEDULE = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

    private Receiver receiver;

    @BeforeEach
    void realTime() {
        TestClock.reset();
    }

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
        if (receiver != null) {
            receiver.close();
        }
    }

    private static Duration await60() {
        return Duration.ofSeconds(60);
    }

    @Test
    void an_event_reaches_a_subscribed_endpoint_signed_with_its_secret() {
        receiver = Receiver.start();
        var endpoint = Endpoints.to(receiver.url()).types("meridian.fulfillment.reservation.*").register();
        TestEvent event = Events.expired(UUID.randomUUID().toString());

        Events.publish(event);

        await().atMost(await60()).until(() -> receiver.count() == 1);
        Receiver.Request request = receiver.requests().getFirst();
        assertThat(request.header("webhook-id")).isEqualTo(event.id());
        assertThat(request.header("webhook-timestamp")).isEqualTo(Long.toString(TestClock.CLOCK.instant().getEpochSecond()));
        assertThat(request.header("content-type")).startsWith("application/json");
        assertThat(request.body()).isEqualTo(event.json());
        assertThat(StandardWebhooks.verify(endpoint.secret(), request.header("webhook-id"),
                request.header("webhook-timestamp"), request.header("webhook-signature"), request.body(),
                TestClock.CLOCK.instant(), Duration.ofMinutes(5))).isTrue();
        await().atMost(await60()).until(() -> "SUCCEEDED".equals(status(endpoint.id(), event.id())));
    }

    @Test
    void events_of_other_types_or_markets_do_not_reach_the_endpoint() {
        receiver = Receiver.start();
        var endpoint = Endpoints.to(receiver.url()).types("meridian.*.shipment.*").market("FR").register();
        String orderId = UUID.randomUUID().toString();

        String otherType = Events.publish(Events.expired(orderId));
        String otherMarket = Events.publish(Events.dispatched(orderId, "DE"));
        String wanted = Events.publish(Events.dispatched(orderId, "FR"));

        await().atMost(await60()).until(() -> receiver.count() == 1);
        assertThat(receiver.requests().getFirst().header("webhook-id")).isEqualTo(wanted);
        assertThat(Db.count("select count(*) from webhook_message where endpoint_id = ?::uuid and event_id in (?, ?)",
                endpoint.id(), otherType, otherMarket)).isZero();
    }

    @Test
    void an_endpoint_answering_500_ten_times_then_200_gets_the_message_once_more_on_the_schedule() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(r.index() < 10 ? 500 : 200));
        var endpoint = Endpoints.to(receiver.url()).register();
        String eventId = Events.publish(Events.expired(UUID.randomUUID().toString()));

        stepThroughSchedule(endpoint.id(), eventId, 11);

        await().atMost(await60()).until(() -> "SUCCEEDED".equals(status(endpoint.id(), eventId)));
        assertThat(receiver.count()).isEqualTo(11);
        assertWaitsFollowTheSchedule(endpoint.id());
        assertThat(receiver.requests()).extracting(r -> r.header("webhook-id")).containsOnly(eventId);
        assertThat(Db.count("select count(*) from delivery_attempt where endpoint_id = ?::uuid and outcome = 'SUCCEEDED'",
                endpoint.id())).isEqualTo(1);
        assertThat(Db.count("select count(*) from delivery_attempt where endpoint_id = ?::uuid and outcome = 'FAILED' "
                + "and response_status = 500", endpoint.id())).isEqualTo(10);
        // The streak (about 52 h, the 11th attempt succeeded) passed 1 h and 24 h: two warnings; the success ended it.
        assertThat(failingWarnings(endpoint.id())).isEqualTo(2);
        assertThat(Db.value("select failing_since from webhook_endpoint where id = ?::uuid", endpoint.id())).isNull();
    }

    @Test
    void a_redirect_is_a_failure_and_is_not_followed() {
        try (Receiver target = Receiver.start()) {
            receiver = Receiver.start().answering(r -> Receiver.Reply.status(302).header("Location", target.url()));
            var endpoint = Endpoints.to(receiver.url()).register();
            Events.publish(Events.expired(UUID.randomUUID().toString()));

            await().atMost(await60()).until(() -> attempts(endpoint.id()) == 2);
            assertThat(Db.column("select response_status from delivery_attempt where endpoint_id = ?::uuid",
                    endpoint.id())).containsOnly(302);
            assertThat(target.count()).isZero();
        }
    }

    @Test
    void a_410_disables_the_endpoint_and_says_so() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(410));
        var endpoint = Endpoints.to(receiver.url()).register();
        String eventId = Events.publish(Events.expired(UUID.randomUUID().toString()));

        await().atMost(await60()).until(() -> "FAILED".equals(status(endpoint.id(), eventId)));
        assertThat(Db.value("select enabled from webhook_endpoint where id = ?::uuid", endpoint.id())).isEqualTo(false);
        assertThat(Db.text("select disabled_reason from webhook_endpoint where id = ?::uuid", endpoint.id()))
                .contains("410");
        assertThat(Db.count("select count(*) from outbox_event where type = 'meridian.webhook.endpoint.disabled.v1' "
                + "and message_key = ?", endpoint.id())).isEqualTo(1);
        assertThat(receiver.count()).isEqualTo(1);
    }

    @Test
    void a_429_with_retry_after_waits_at_least_that_long() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(429).header("Retry-After", "120"));
        var endpoint = Endpoints.to(receiver.url()).register();
        Events.publish(Events.expired(UUID.randomUUID().toString()));

        await().atMost(await60()).until(() -> attempts(endpoint.id()) == 1);
        Instant attemptedAt = Db.instant("select max(attempted_at) from delivery_attempt where endpoint_id = ?::uuid",
                endpoint.id());
        Instant next = Db.instant("select next_attempt_at from webhook_message where endpoint_id = ?::uuid",
                endpoint.id());
        assertThat(Duration.between(attemptedAt, next)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void when_the_schedule_is_used_up_the_message_fails_and_an_exhausted_event_is_recorded() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(503).body("maintenance"));
        var endpoint = Endpoints.to(receiver.url()).register();
        String eventId = Events.publish(Events.expired(UUID.randomUUID().toString()));

        stepThroughSchedule(endpoint.id(), eventId, 11);

        await().atMost(await60()).until(() -> "FAILED".equals(status(endpoint.id(), eventId)));
        assertThat(attempts(endpoint.id())).isEqualTo(11);
        assertThat(Db.count("select count(*) from outbox_event where type = 'meridian.webhook.message.exhausted.v1' "
                + "and message_key = ? and payload like ?", endpoint.id(), "%" + eventId + "%")).isEqualTo(1);
        assertThat(Db.column("select response_excerpt from delivery_attempt where endpoint_id = ?::uuid",
                endpoint.id())).containsOnly("maintenance");
    }

    @Test
    void an_endpoint_failing_for_five_days_is_warned_about_at_1_24_and_72_hours_then_disabled() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(500));
        var endpoint = Endpoints.to(receiver.url()).register();
        Instant start = TestClock.CLOCK.instant();
        Events.publish(Events.expired(UUID.randomUUID().toString()));
        await().atMost(await60()).until(() -> attempts(endpoint.id()) == 2);

        int warnings = 0;
        for (Duration after : List.of(Duration.ofHours(2), Duration.ofHours(25), Duration.ofHours(73))) {
            TestClock.CLOCK.set(start.plus(after));
            Events.publish(Events.expired(UUID.randomUUID().toString()));
            int expected = ++warnings;
            await().atMost(await60()).until(() -> failingWarnings(endpoint.id()) == expected);
            assertThat(Db.value("select enabled from webhook_endpoint where id = ?::uuid", endpoint.id())).isEqualTo(true);
        }
        TestClock.CLOCK.set(start.plus(Duration.ofDays(5)));
        Events.publish(Events.expired(UUID.randomUUID().toString()));

        await().atMost(await60()).until(() -> Boolean.FALSE.equals(
                Db.value("select enabled from webhook_endpoint where id = ?::uuid", endpoint.id())));
        assertThat(Db.text("select disabled_reason from webhook_endpoint where id = ?::uuid", endpoint.id()))
                .contains("every attempt failed for 5 days");
        assertThat(Db.count("select count(*) from outbox_event where type = 'meridian.webhook.endpoint.disabled.v1' "
                + "and message_key = ?", endpoint.id())).isEqualTo(1);
        assertThat(failingWarnings(endpoint.id())).isEqualTo(3);
    }

    static long failingWarnings(String endpointId) {
        return Db.count("select count(*) from outbox_event where type = 'meridian.webhook.endpoint.failing.v1' "
                + "and message_key = ?", endpointId);
    }

    /**
     * Lets the message's attempts happen one by one: after each failed attempt the clock moves to the time the
     * message is due again. Ends after {@code total} attempts.
     */
    static void stepThroughSchedule(String endpointId, String eventId, int total) {
        int seen = 0;
        while (seen < total) {
            int target = seen + 1;
            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(endpointId) >= target
                    && !"SENDING".equals(status(endpointId, eventId)));
            seen = (int) attempts(endpointId);
            Object next = Db.value("select next_attempt_at from webhook_message where endpoint_id = ?::uuid "
                    + "and event_id = ?", endpointId, eventId);
            if (next instanceof Instant at && at.isAfter(TestClock.CLOCK.instant())) {
                TestClock.CLOCK.set(at);
            }
        }
    }

    /** Attempt n+1 came after the n-th delay of the schedule, moved by at most the 20 % jitter. */
    static void assertWaitsFollowTheSchedule(String endpointId) {
        List<Object> times = Db.column("select attempted_at from delivery_attempt where endpoint_id = ?::uuid "
                + "order by id", endpointId);
        for (int i = 1; i < times.size(); i++) {
            Duration planned = SCHEDULE.get(i - 1);
            Duration wait = Duration.between((Instant) times.get(i - 1), (Instant) times.get(i));
            assertThat(wait).as("wait before attempt %d", i + 1)
                    .isBetween(multiply(planned, 0.8).minusMillis(1), multiply(planned, 1.2).plusMillis(1));
        }
    }

    static long attempts(String endpointId) {
        return Db.count("select count(*) from delivery_attempt where endpoint_id = ?::uuid", endpointId);
    }

    static String status(String endpointId, String eventId) {
        var values = Db.column("select status from webhook_message where endpoint_id = ?::uuid and event_id = ?",
                endpointId, eventId);
        return values.isEmpty() ? null : (String) values.getFirst();
    }

    private static Duration multiply(Duration d, double factor) {
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }
}
