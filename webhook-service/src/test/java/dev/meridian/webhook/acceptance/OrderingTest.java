package dev.meridian.webhook.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.TestEvent;
import dev.meridian.webhook.support.Db;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 acceptance: per-aggregate ordering, with a head-of-line timeout. */
@QuarkusTest
class OrderingTest {

    private Receiver receiver;

    @BeforeEach
    void setUp() {
        TestClock.reset();
    }

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void a_hundred_events_for_ten_orders_reach_a_slow_endpoint_in_order_per_order() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(200).delayed(40));
        Endpoints.to(receiver.url()).ordering("PER_AGGREGATE").register();
        List<String> orders = new ArrayList<>();
        for (int o = 0; o < 10; o++) {
            orders.add(UUID.randomUUID().toString());
        }
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (int sequence = 1; sequence <= 10; sequence++) {
            for (String order : orders) {
                TestEvent event = Events.expired(order);
                published.computeIfAbsent(order, k -> new ArrayList<>()).add(event.id());
                event.publish(Events.TOPIC);
            }
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> receiver.count() >= 100);
        assertThat(receiver.count()).isEqualTo(100);
        Map<String, List<String>> received = new LinkedHashMap<>();
        for (Receiver.Request request : receiver.requests()) {
            String eventId = request.header("webhook-id");
            received.computeIfAbsent(orderOf(published, eventId), k -> new ArrayList<>()).add(eventId);
        }
        assertThat(received).isEqualTo(published);
    }

    private static String orderOf(Map<String, List<String>> published, String eventId) {
        return published.entrySet().stream().filter(e -> e.getValue().contains(eventId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("an event nobody published: " + eventId));
    }

    @Test
    void a_failing_message_holds_back_its_aggregate_until_the_head_of_line_timeout_not_other_aggregates() {
        String orderA = UUID.randomUUID().toString();
        TestEvent a1 = Events.expired(orderA);
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(a1.id().equals(r.header("webhook-id")) ? 500 : 200));
        var endpoint = Endpoints.to(receiver.url()).register();
        Events.publish(a1);
        String a2 = Events.publish(Events.expired(orderA));
        String b1 = Events.publish(Events.expired(UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(status(endpoint.id(), b1))
                && attempts(endpoint.id(), a1.id()) >= 2 && !"SENDING".equals(status(endpoint.id(), a1.id())));
        assertThat(attempts(endpoint.id(), a2)).as("a2 waits behind the failing a1").isZero();

        TestClock.CLOCK.advance(Duration.ofMinutes(11));

        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(status(endpoint.id(), a2)));
        assertThat(status(endpoint.id(), a1.id())).isIn("PENDING", "SENDING");
    }

    @Test
    void without_ordering_a_failing_message_holds_back_nothing() {
        String order = UUID.randomUUID().toString();
        TestEvent first = Events.expired(order);
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(first.id().equals(r.header("webhook-id")) ? 500 : 200));
        var endpoint = Endpoints.to(receiver.url()).ordering("NONE").register();
        Events.publish(first);
        String second = Events.publish(Events.expired(order));

        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(status(endpoint.id(), second)));
    }

    static long attempts(String endpointId, String eventId) {
        return Db.count("select count(*) from delivery_attempt where endpoint_id = ?::uuid and event_id = ?",
                endpointId, eventId);
    }

    static String status(String endpointId, String eventId) {
        var values = Db.column("select status from webhook_message where endpoint_id = ?::uuid and event_id = ?",
                endpointId, eventId);
        return values.isEmpty() ? null : (String) values.getFirst();
    }

}
