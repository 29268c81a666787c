package dev.meridian.compliance.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.compliance.support.Events;
import dev.meridian.compliance.support.TestClock;
import dev.meridian.compliance.support.Http;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The %test profile expects acknowledgements from checkout and payment. */
@QuarkusTest
@TestSecurity(user = "officer", roles = "compliance-officer")
class DsrFanOutTest {

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.set(TestClock.START);
    }

    private static String open(String kind, String subject) {
        return Http.create(Map.of("subjectId", subject, "kind", kind, "regulation", "GDPR"))
                .when().post("/v1/dsr").then().statusCode(201).extract().path("id");
    }

    private static void ack(String requestId, String service, String outcome, Object data) {
        ackFrom("/" + service + "-service", requestId, service, outcome, data);
    }

    /** An acknowledgement naming {@code service}, sent with CloudEvent source {@code source}. */
    private static void ackFrom(String source, String requestId, String service, String outcome, Object data) {
        Map<String, Object> body = new HashMap<>(Map.of("requestId", requestId, "service", service, "outcome", outcome));
        if (data != null) {
            body.put("data", data);
        }
        JsonSchemas.assertValid("compliance/dsr.acknowledged.v1.json", Events.JSON.valueToTree(body));
        Events.send("compliance.dsr.acks", requestId, source, "meridian." + service + ".dsr.acknowledged.v1", body);
    }

    private static void awaitStatus(String id, String service, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/v1/dsr/" + id)
                .then().statusCode(200).body("acknowledgements.service", org.hamcrest.Matchers.hasItem(service))
                .body("status", equalTo(status)));
    }

    @Test
    void erasure_reaches_the_services_and_completes_only_when_every_one_has_acknowledged() {
        try (KafkaRecorder consumer = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.requests")) {
            String id = open("ERASURE", "customer-erase-1");

            JsonNode request = Events.await(consumer, e -> id.equals(e.path("subject").asText()));
            JsonSchemas.assertValid("common/cloudevent.json", request);
            JsonSchemas.assertValid("compliance/dsr.requested.v1.json", request.get("data"));
            assertThat(request.path("data").path("kind").asText()).isEqualTo("ERASURE");
            assertThat(request.path("data").path("subjectId").asText()).isEqualTo("customer-erase-1");

            ack(id, "checkout", "ERASED", null);
            awaitStatus(id, "checkout", "OPEN");
            given().when().get("/v1/dsr/" + id).then().body("pendingServices", org.hamcrest.Matchers.contains("payment"));

            ack(id, "checkout", "ERASED", null); // a redelivery changes nothing
            ack(id, "payment", "NO_DATA", null);
            awaitStatus(id, "payment", "COMPLETED");
        }
    }

    @Test
    void a_request_retried_with_the_same_key_answers_the_same_and_is_opened_and_fanned_out_once() {
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("subjectId", "customer-retry-1", "kind", "ACCESS", "regulation", "GDPR");

        String first = Http.create(key, body).when().post("/v1/dsr").then().statusCode(201).extract().path("id");
        String retry = Http.create(key, body).when().post("/v1/dsr").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(retry).isEqualTo(first);
        assertThat(TestDatabase.count("select count(*) from dsr_request where subject_id = 'customer-retry-1'")).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from outbox_event where message_key = ?", first)).isEqualTo(1);
    }

    @Test
    void the_request_event_names_no_topic_for_the_answers() {
        try (KafkaRecorder consumer = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.requests")) {
            String id = open("ACCESS", "customer-topic-1");

            JsonNode request = Events.await(consumer, e -> id.equals(e.path("subject").asText()));
            JsonSchemas.assertValid("compliance/dsr.requested.v1.json", request.get("data"));
            assertThat(request.path("data").has("ackTopic")).isFalse();
        }
    }

    @Test
    void an_acknowledgement_from_a_source_other_than_the_service_it_names_is_ignored() {
        String id = open("ERASURE", "customer-forged-1");

        ackFrom("/checkout-service", id, "payment", "ERASED", null); // checkout claiming to be payment
        ack(id, "checkout", "ERASED", null); // same key, same partition: read after the forged one

        awaitStatus(id, "checkout", "OPEN");
        given().when().get("/v1/dsr/" + id).then().body("pendingServices", org.hamcrest.Matchers.contains("payment"))
                .body("acknowledgements.service", org.hamcrest.Matchers.contains("checkout"));
    }

    @Test
    void an_access_request_assembles_the_export_bundle_from_every_service() {
        String id = open("ACCESS", "customer-access-1");
        given().when().get("/v1/dsr/" + id + "/export").then().statusCode(409);

        ack(id, "checkout", "DATA", Map.of("orders", java.util.List.of("o-1")));
        ack(id, "payment", "DATA", Map.of("payments", java.util.List.of("p-1")));
        awaitStatus(id, "payment", "COMPLETED");

        given().when().get("/v1/dsr/" + id + "/export").then().statusCode(200)
                .body("subjectId", equalTo("customer-access-1"))
                .body("services.checkout.orders[0]", equalTo("o-1"))
                .body("services.payment.payments[0]", equalTo("p-1"));
    }

    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";

    @Test
    void an_access_export_holds_the_subjects_consent_ledger_with_rfc_3339_timestamps() {
        Http.create(Map.of("purpose", "MARKETING", "granted", true, "policyVersion", "2026-02", "jurisdiction", "GB",
                "source", "storefront-banner")).when().post("/v1/consents/customer-export-1").then().statusCode(201);
        String id = open("ACCESS", "customer-export-1");
        ack(id, "checkout", "NO_DATA", null);
        ack(id, "payment", "NO_DATA", null);
        awaitStatus(id, "payment", "COMPLETED");

        JsonNode bundle = Events.JSON.valueToTree(given().when().get("/v1/dsr/" + id + "/export").then().statusCode(200)
                .extract().as(Map.class));

        JsonNode consents = bundle.path("services").path("compliance").path("consents");
        assertThat(consents).hasSize(1);
        assertThat(consents.get(0).path("purpose").asText()).isEqualTo("MARKETING");
        assertThat(consents.get(0).path("subjectId").asText()).isEqualTo("customer-export-1");
        for (String at : List.of(bundle.path("receivedAt").asText(), bundle.path("deadline").asText(),
                bundle.path("completedAt").asText(), consents.get(0).path("recordedAt").asText())) {
            assertThat(at).matches(RFC_3339);
        }
    }

    @Test
    void a_request_under_uk_gdpr_is_fanned_out_and_due_in_one_month() {
        try (KafkaRecorder consumer = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.requests")) {
            String id = Http.create(Map.of("subjectId", "customer-uk-1", "kind", "ACCESS", "regulation", "UK_GDPR"))
                    .when().post("/v1/dsr").then().statusCode(201).body("regulation", equalTo("UK_GDPR"))
                    .extract().path("id");

            JsonNode request = Events.await(consumer, e -> id.equals(e.path("subject").asText()));
            JsonSchemas.assertValid("compliance/dsr.requested.v1.json", request.get("data"));
            assertThat(request.path("data").path("regulation").asText()).isEqualTo("UK_GDPR");
        }
    }

    @Test
    void an_open_request_past_its_deadline_shows_as_overdue_and_in_the_metrics() {
        String id = open("ERASURE", "customer-late-1");
        given().when().get("/v1/dsr/" + id).then().body("overdue", equalTo(false));

        TestClock.CLOCK.advance(Duration.ofDays(32));

        given().when().get("/v1/dsr/" + id).then().body("overdue", equalTo(true)).body("status", equalTo("OPEN"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given().when().get("/q/metrics")
                .then().statusCode(200).extract().asString())
                .containsPattern("meridian_compliance_dsr_overdue(\\{[^}]*\\})? [1-9]"));
    }
}
