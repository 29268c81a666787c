package dev.meridian.webhook.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.webhook.support.Db;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Integrators;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery log: every attempt with status, latency, excerpt and error; queries with cursor pagination. */
@QuarkusTest
class DeliveryLogApiTest {

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
    void attempts_are_logged_with_status_latency_excerpt_and_trigger() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(202).body("x".repeat(5000)));
        var endpoint = Endpoints.to(receiver.url()).register();
        String eventId = Events.publish(Events.expired(UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(
                "select count(*) from delivery_attempt where event_id = ?", eventId) == 1);

        Integrators.erp().queryParam("eventId", eventId).get("/v1/webhook-attempts").then().statusCode(200)
                .body("items[0].endpointId", equalTo(endpoint.id()))
                .body("items[0].outcome", equalTo("SUCCEEDED"))
                .body("items[0].responseStatus", equalTo(202))
                .body("items[0].trigger", equalTo("EVENT"))
                .body("items[0].attemptNumber", equalTo(1))
                .body("items[0].eventType", equalTo(Events.RESERVATION_EXPIRED))
                .body("items[0].responseExcerpt.length()", equalTo(1024));
        Integrators.erp().get("/v1/webhook-endpoints/" + endpoint.id() + "/messages").then().statusCode(200)
                .body("items[0].eventId", equalTo(eventId)).body("items[0].status", equalTo("SUCCEEDED"));
    }

    @Test
    void attempts_are_queried_by_endpoint_outcome_and_time_a_page_at_a_time() {
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(r.index() % 2 == 0 ? 200 : 400));
        var endpoint = Endpoints.to(receiver.url()).ordering("NONE").register();
        Instant from = TestClock.CLOCK.instant();
        for (int i = 0; i < 6; i++) {
            Events.publish(Events.expired(UUID.randomUUID().toString()));
        }
        // Settled: six first attempts made, and nothing due or in flight (the failed ones wait 5 s of test clock).
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(
                "select count(*) from delivery_attempt where endpoint_id = ?::uuid", endpoint.id()) >= 6
                && Db.count("select count(*) from webhook_message where endpoint_id = ?::uuid and (status = 'SENDING' "
                + "or status = 'PENDING' and next_attempt_at <= ?)", endpoint.id(),
                java.sql.Timestamp.from(TestClock.CLOCK.instant())) == 0);

        List<Object> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = Integrators.erp().queryParam("endpointId", endpoint.id()).queryParam("limit", 2)
                    .queryParam("from", from.toString()).queryParam("to", from.plusSeconds(1).toString());
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/webhook-attempts");
            page.then().statusCode(200).body("items.endpointId", everyItem(equalTo(endpoint.id())));
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(ids).doesNotHaveDuplicates().hasSize((int) Db.count(
                "select count(*) from delivery_attempt where endpoint_id = ?::uuid", endpoint.id()));

        Integrators.erp().queryParam("endpointId", endpoint.id()).queryParam("outcome", "FAILED")
                .get("/v1/webhook-attempts").then().statusCode(200)
                .body("items.outcome", everyItem(equalTo("FAILED"))).body("items.responseStatus", hasItem(400));
        Integrators.erp().queryParam("endpointId", endpoint.id()).queryParam("from", from.plusSeconds(60).toString())
                .get("/v1/webhook-attempts").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void bad_query_parameters_are_400_naming_them() {
        Integrators.erp().queryParam("from", "yesterday").get("/v1/webhook-attempts").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Integrators.erp().queryParam("outcome", "MAYBE").get("/v1/webhook-attempts").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        Integrators.erp().queryParam("cursor", "!!").get("/v1/webhook-attempts").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
