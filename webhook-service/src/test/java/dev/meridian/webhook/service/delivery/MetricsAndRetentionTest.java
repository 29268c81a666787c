package dev.meridian.webhook.service.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.webhook.support.Db;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Metrics per endpoint (outcomes, latency, queue depth, oldest pending age) and payload retention. */
@QuarkusTest
class MetricsAndRetentionTest {

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
        TestClock.reset();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double gauge(String metrics, String name, String endpointId) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*endpoint=\"" + endpointId + "\"[^}]*} (\\S+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void deliveries_are_counted_by_outcome_with_their_latency() {
        receiver = Receiver.start();
        var endpoint = Endpoints.to(receiver.url()).register();
        Events.publish(Events.expired(UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() == 1);

        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains(
                "endpoint=\"" + endpoint.id() + "\",outcome=\"succeeded\""));
        String metrics = metrics();
        assertThat(metrics).containsPattern("webhook_deliveries_total\\{endpoint=\"" + endpoint.id()
                + "\",outcome=\"succeeded\"} 1.0");
        assertThat(metrics).containsPattern("webhook_delivery_latency_seconds_count\\{endpoint=\"" + endpoint.id()
                + "\"} 1");
    }

    @Test
    void queue_depth_and_oldest_pending_age_are_reported_per_endpoint() {
        receiver = Receiver.start().hang();
        var endpoint = Endpoints.to(receiver.url()).ordering("NONE").register();
        for (int i = 0; i < 3; i++) {
            Events.publish(Events.expired(UUID.randomUUID().toString()));
        }
        TestClock.CLOCK.advance(Duration.ofSeconds(90));

        await().atMost(Duration.ofSeconds(30)).until(() -> gauge(metrics(), "webhook_queue_depth", endpoint.id()) == 3
                && gauge(metrics(), "webhook_queue_oldest_age_seconds", endpoint.id()) >= 90);
    }

    @Test
    void events_past_the_payload_retention_are_dropped_with_their_messages() {
        receiver = Receiver.start();
        var endpoint = Endpoints.to(receiver.url()).register();
        String eventId = Events.publish(Events.expired(UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() == 1 && Db.count(
                "select count(*) from webhook_message where event_id = ? and status = 'SUCCEEDED'", eventId) == 1);

        TestClock.CLOCK.advance(Duration.ofDays(89));
        String recent = Events.publish(Events.expired(UUID.randomUUID().toString()));
        TestClock.CLOCK.advance(Duration.ofDays(2));

        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count(
                "select count(*) from event_log where event_id = ?", eventId) == 0);
        assertThat(Db.count("select count(*) from webhook_message where event_id = ?", eventId)).isZero();
        assertThat(Db.count("select count(*) from delivery_attempt where event_id = ?", eventId)).isZero();
        assertThat(Db.count("select count(*) from event_log where event_id = ?", recent)).isEqualTo(1);
        assertThat(endpoint.id()).isNotNull();
    }
}
