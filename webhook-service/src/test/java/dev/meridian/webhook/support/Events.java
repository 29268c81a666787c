package dev.meridian.webhook.support;

import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Events as the other services publish them (schema-checked where the producer has a schema), through the real
 * broker; {@link #publish} waits until the webhook service has logged the event.
 */
public final class Events {

    private Events() {
    }

    public static final String ORDER_PLACED = "meridian.checkout.order.placed.v1";
    public static final String ORDER_PAID = "meridian.checkout.order.paid.v1";

    /** A checkout order event (checkout has no published schema yet): subject = order id, data names the market. */
    public static TestEvent order(String type, String orderId, String market, int sequence) {
        return TestEvent.of(type).subject(orderId)
                .data(Map.of("orderId", orderId, "market", market, "sequence", sequence));
    }

    public static String publish(TestEvent event, String topic) {
        event.publish(topic);
        awaitLogged(event.id());
        return event.id();
    }

    public static String publishAt(TestEvent event, String topic, Instant time) {
        return publish(event.time(time), topic);
    }

    public static void awaitLogged(String eventId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> TestDatabase.count(
                "select count(*) from event_log where event_id = ?", eventId) == 1);
    }
}
