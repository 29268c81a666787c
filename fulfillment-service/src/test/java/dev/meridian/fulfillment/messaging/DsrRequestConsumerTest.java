package dev.meridian.fulfillment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.TestEvent;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Data-subject requests reach fulfillment over Kafka and are answered (once) through the outbox. */
@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin", "integration"})
class DsrRequestConsumerTest {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Consumer contract: {@link TestEvent} checks the fixture against compliance's schema
     * (docs/events/compliance/dsr.requested.v1.json) before it is published; keyed by request id, as compliance does.
     */
    private void request(String requestId, String subjectId, String kind) throws Exception {
        TestEvent.of(EventTypes.COMPLIANCE_DSR_REQUESTED).subject(requestId)
                .time(Instant.parse("2026-11-26T08:00:00Z"))
                .data(json.readTree("""
                        {"requestId":"%s","subjectId":"%s","kind":"%s","regulation":"GDPR",
                         "receivedAt":"2026-11-26T08:00:00Z","deadline":"2026-12-26T08:00:00Z",
                         "services":["catalog","fulfillment"],"ackTopic":"compliance.dsr.acks"}"""
                        .formatted(requestId, subjectId, kind)))
                .publish("compliance.dsr.requests");
    }

    private JsonNode answer(KafkaRecorder acks, String requestId) throws Exception {
        String value = await().atMost(Duration.ofSeconds(60)).until(() -> acks.poll().stream()
                .filter(r -> requestId.equals(r.key())).map(r -> r.value()).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        JsonNode event = json.readTree(value);
        // Each service acknowledges under its own type (DsrResponder); the data follows compliance's schema.
        assertThat(event.get("type").asText()).isEqualTo("meridian.fulfillment.dsr.acknowledged.v1");
        JsonSchemas.assertValid(EventTypes.schemaPath(EventTypes.COMPLIANCE_DSR_ACKNOWLEDGED), event.get("data"));
        return event.get("data");
    }

    @Test
    void access_exports_the_subjects_shipments_and_erasure_unlinks_them() throws Exception {
        String customer = "customer-" + UUID.randomUUID();
        String shipmentId = Shipments.delivered("DE", "DE", customer).get("id");
        try (KafkaRecorder acks = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.acks")) {
            String access = UUID.randomUUID().toString();
            request(access, customer, "ACCESS");
            JsonNode exported = answer(acks, access);
            assertThat(exported.get("outcome").asText()).isEqualTo("DATA");
            assertThat(exported.at("/data/shipments/0/id").asText()).isEqualTo(shipmentId);

            String erasure = UUID.randomUUID().toString();
            request(erasure, customer, "ERASURE");
            assertThat(answer(acks, erasure).get("outcome").asText()).isEqualTo("ERASED");
            assertThat(TestDatabase.count("select count(*) from shipment where customer_id = ?", customer)).isZero();
            assertThat(TestDatabase.count("select count(*) from shipment where id = cast(? as uuid)", shipmentId))
                    .as("the shipment stays as a business record").isEqualTo(1);

            String again = UUID.randomUUID().toString();
            request(again, customer, "ACCESS");
            assertThat(answer(acks, again).get("outcome").asText()).isEqualTo("NO_DATA");
        }
    }
}
