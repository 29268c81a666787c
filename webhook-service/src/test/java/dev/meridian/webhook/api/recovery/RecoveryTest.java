package dev.meridian.webhook.api.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.TestEvent;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recovery: resend one, recover failed, replay a time range from the event log, test events; each idempotent. */
@QuarkusTest
class RecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Receiver receiver;

    @BeforeEach
    void setUp() {
        TestClock.reset();
        receiver = Receiver.start().answering(r -> Receiver.Reply.status(
                failing.contains(r.header("webhook-id")) ? 500 : 200));
    }

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
        receiver.close();
    }

    /** A window of event times no other test uses. */
    private static Instant window() {
        return Instant.parse("2031-01-01T00:00:00Z").plus(ThreadLocalRandom.current().nextInt(1, 5_000_000),
                ChronoUnit.MINUTES);
    }

    /** Event ids the receiver answers 500 to (until a test heals it). */
    private final Set<String> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private String orderEventAt(Instant time, boolean fail) {
        TestEvent event = Events.expired(UUID.randomUUID().toString()).time(time);
        if (fail) {
            failing.add(event.id());
        }
        return Events.publish(event);
    }

    private void awaitRequests(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() >= count);
        assertThat(receiver.count()).isEqualTo(count);
    }

    private static long pending(String endpointId) {
        return Db.count("select count(*) from webhook_message where endpoint_id = ?::uuid "
                + "and status in ('PENDING', 'SENDING')", endpointId);
    }

    private Set<String> idsFrom(int fromIndex) {
        return receiver.requests().subList(fromIndex, receiver.count()).stream().map(r -> r.header("webhook-id"))
                .collect(Collectors.toSet());
    }

    private static Response replay(String endpointId, String key, Instant from, Instant to) {
        return Integrators.erp().header(Integrators.KEY, key)
                .body(Map.of("from", from.toString(), "to", to.toString()))
                .post("/v1/webhook-endpoints/" + endpointId + "/replay");
    }

    @Test
    void replay_of_a_time_range_redelivers_exactly_the_events_in_it() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Instant start = window();
        List<String> inside = new ArrayList<>();
        orderEventAt(start.minusSeconds(1), false);
        for (int i = 0; i < 3; i++) {
            inside.add(orderEventAt(start.plus(Duration.ofMinutes(10L * i)), false));
        }
        orderEventAt(start.plus(Duration.ofHours(1)), false);
        awaitRequests(5);
        await().atMost(Duration.ofSeconds(60)).until(() -> pending(endpoint.id()) == 0);

        replay(endpoint.id(), UUID.randomUUID().toString(), start, start.plus(Duration.ofHours(1)))
                .then().statusCode(202).body("queued", equalTo(3));

        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() >= 8 && pending(endpoint.id()) == 0);
        assertThat(receiver.count()).isEqualTo(8);
        assertThat(idsFrom(5)).containsExactlyInAnyOrderElementsOf(inside);
    }

    @Test
    void replay_reads_the_event_log_so_an_endpoint_created_later_gets_the_range_too() {
        Instant start = window();
        List<String> inside = List.of(orderEventAt(start, false), orderEventAt(start.plusSeconds(30), false));
        var later = Endpoints.to(receiver.url()).register();
        assertThat(Db.count("select count(*) from webhook_message where endpoint_id = ?::uuid", later.id())).isZero();

        replay(later.id(), UUID.randomUUID().toString(), start, start.plus(Duration.ofMinutes(1)))
                .then().statusCode(202).body("queued", equalTo(2));

        awaitRequests(2);
        assertThat(idsFrom(0)).containsExactlyInAnyOrderElementsOf(inside);
    }

    @Test
    void a_retried_replay_with_the_same_key_queues_the_range_once() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Instant start = window();
        orderEventAt(start, false);
        awaitRequests(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> pending(endpoint.id()) == 0);
        String key = UUID.randomUUID().toString();

        Response first = replay(endpoint.id(), key, start, start.plusSeconds(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() >= 2 && pending(endpoint.id()) == 0);
        Response retry = replay(endpoint.id(), key, start, start.plusSeconds(1));

        retry.then().statusCode(202).header("Idempotent-Replayed", "true").body("queued", equalTo(1));
        assertThat(first.<Integer>path("queued")).isEqualTo(1);
        assertThat(pending(endpoint.id())).isZero();
        assertThat(receiver.count()).isEqualTo(2);
        replay(endpoint.id(), key, start, start.plusSeconds(2)).then().statusCode(422);
    }

    @Test
    void recover_failed_resends_only_the_failed_messages() {
        Instant since = TestClock.CLOCK.instant();
        var endpoint = Endpoints.to(receiver.url()).register();
        Instant time = window();
        orderEventAt(time, false);
        String failedA = orderEventAt(time.plusSeconds(1), true);
        orderEventAt(time.plusSeconds(2), false);
        String failedB = orderEventAt(time.plusSeconds(3), true);
        exhaustPendingMessages(endpoint.id());
        assertThat(Db.column("select event_id from webhook_message where endpoint_id = ?::uuid and status = 'FAILED'",
                endpoint.id())).containsExactlyInAnyOrder(failedA, failedB);
        failing.clear();
        int before = receiver.count();

        Integrators.erpKeyed().body(Map.of("since", since.toString()))
                .post("/v1/webhook-endpoints/" + endpoint.id() + "/recover")
                .then().statusCode(202).body("queued", equalTo(2));

        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() >= before + 2 && pending(endpoint.id()) == 0);
        assertThat(receiver.count()).isEqualTo(before + 2);
        assertThat(idsFrom(before)).containsExactlyInAnyOrder(failedA, failedB);
    }

    @Test
    void a_retried_recovery_with_the_same_key_resends_once() {
        Instant since = TestClock.CLOCK.instant();
        var endpoint = Endpoints.to(receiver.url()).register();
        String failed = orderEventAt(window(), true);
        exhaustPendingMessages(endpoint.id());
        failing.clear();
        int before = receiver.count();
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("since", since.toString());

        Integrators.erp().header(Integrators.KEY, key).body(body)
                .post("/v1/webhook-endpoints/" + endpoint.id() + "/recover").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() >= before + 1 && pending(endpoint.id()) == 0);
        Integrators.erp().header(Integrators.KEY, key).body(body)
                .post("/v1/webhook-endpoints/" + endpoint.id() + "/recover")
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("queued", equalTo(1));

        assertThat(pending(endpoint.id())).isZero();
        assertThat(receiver.count()).isEqualTo(before + 1);
        assertThat(receiver.requests().getLast().header("webhook-id")).isEqualTo(failed);
    }

    @Test
    void resending_one_message_delivers_it_again_with_the_same_webhook_id_and_a_retry_resends_once() {
        var endpoint = Endpoints.to(receiver.url()).register();
        String eventId = orderEventAt(window(), false);
        awaitRequests(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> pending(endpoint.id()) == 0);
        String key = UUID.randomUUID().toString();
        String path = "/v1/webhook-endpoints/" + endpoint.id() + "/messages/" + eventId + "/resend";

        Integrators.erp().header(Integrators.KEY, key).post(path).then().statusCode(202).body("queued", equalTo(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() >= 2 && pending(endpoint.id()) == 0);
        Integrators.erp().header(Integrators.KEY, key).post(path)
                .then().statusCode(202).header("Idempotent-Replayed", "true");

        assertThat(pending(endpoint.id())).isZero();
        assertThat(receiver.count()).isEqualTo(2);
        assertThat(receiver.requests()).extracting(r -> r.header("webhook-id")).containsOnly(eventId);
        assertThat(Db.column("select trigger from delivery_attempt where endpoint_id = ?::uuid order by id",
                endpoint.id())).containsExactly("EVENT", "RESEND");
    }

    @Test
    void resending_an_event_the_endpoint_never_had_is_404() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Integrators.erpKeyed().post("/v1/webhook-endpoints/" + endpoint.id() + "/messages/" + UUID.randomUUID()
                + "/resend").then().statusCode(404);
    }

    @Test
    void a_test_event_carries_data_built_from_the_type_schema_and_reaches_only_that_endpoint() throws Exception {
        var endpoint = Endpoints.to(receiver.url()).register();
        try (Receiver other = Receiver.start()) {
            Endpoints.to(other.url()).types("*").register();

            String eventId = Integrators.erpKeyed()
                    .body(Map.of("type", "meridian.fulfillment.shipment.dispatched.v1"))
                    .post("/v1/webhook-endpoints/" + endpoint.id() + "/test-events")
                    .then().statusCode(202).extract().path("eventId");

            awaitRequests(1);
            JsonNode body = JSON.readTree(receiver.requests().getFirst().body());
            assertThat(body.path("id").asText()).isEqualTo(eventId);
            assertThat(body.path("type").asText()).isEqualTo("meridian.fulfillment.shipment.dispatched.v1");
            JsonSchemas.assertValid("fulfillment/shipment.dispatched.v1.json", body.path("data"));
            assertThat(other.count()).isZero();
        }
    }

    @Test
    void a_test_event_of_a_type_with_schema_examples_carries_the_first_example() throws Exception {
        var endpoint = Endpoints.to(receiver.url()).register();
        Integrators.erpKeyed().body(Map.of("type", EventTypes.WEBHOOK_ENDPOINT_FAILING))
                .post("/v1/webhook-endpoints/" + endpoint.id() + "/test-events").then().statusCode(202);

        awaitRequests(1);
        JsonNode data = JSON.readTree(receiver.requests().getFirst().body()).path("data");
        assertThat(data.path("url").asText()).isEqualTo("https://erp.example.com/hooks/meridian");
        assertThat(data.path("warning").asInt()).isEqualTo(1);
    }

    @Test
    void a_retried_test_event_with_the_same_key_sends_one_event() {
        var endpoint = Endpoints.to(receiver.url()).register();
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("type", "meridian.fulfillment.stock.changed.v1");
        String path = "/v1/webhook-endpoints/" + endpoint.id() + "/test-events";

        String first = Integrators.erp().header(Integrators.KEY, key).body(body).post(path)
                .then().statusCode(202).extract().path("eventId");
        awaitRequests(1);
        String retry = Integrators.erp().header(Integrators.KEY, key).body(body).post(path)
                .then().statusCode(202).header("Idempotent-Replayed", "true").extract().path("eventId");

        assertThat(retry).isEqualTo(first);
        assertThat(Db.count("select count(*) from webhook_message where endpoint_id = ?::uuid", endpoint.id()))
                .isEqualTo(1);
        assertThat(pending(endpoint.id())).isZero();
    }

    @Test
    void a_test_event_of_an_unknown_type_is_400_naming_the_type() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Integrators.erpKeyed().body(Map.of("type", "meridian.nothing.here.v1"))
                .post("/v1/webhook-endpoints/" + endpoint.id() + "/test-events")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void recovery_on_a_disabled_endpoint_is_409() {
        var endpoint = Endpoints.to(receiver.url()).register();
        dev.meridian.platform.testing.TestDatabase.execute(
                "update webhook_endpoint set enabled = false, disabled_reason = 'test' where id = ?::uuid", endpoint.id());
        Instant start = window();
        replay(endpoint.id(), UUID.randomUUID().toString(), start, start.plusSeconds(1)).then().statusCode(409);
    }

    /** Moves the clock to each next attempt until no message of the endpoint is pending (all delivered or failed). */
    private static void exhaustPendingMessages(String endpointId) {
        for (int round = 0; round < 200; round++) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Db.count("select count(*) from webhook_message "
                    + "where endpoint_id = ?::uuid and (status = 'SENDING' or status = 'PENDING' and next_attempt_at <= ?)",
                    endpointId, java.sql.Timestamp.from(TestClock.CLOCK.instant())) == 0);
            List<Object> next = Db.column("select min(next_attempt_at) from webhook_message where endpoint_id = ?::uuid "
                    + "and status = 'PENDING'", endpointId);
            if (next.isEmpty() || next.getFirst() == null) {
                return;
            }
            TestClock.CLOCK.set((Instant) next.getFirst());
        }
        throw new AssertionError("messages of " + endpointId + " still pending after 200 rounds");
    }
}
