package dev.meridian.fulfillment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaEvents;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Data-subject requests reach fulfillment over Kafka and are answered (once) through the outbox. */
@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin", "integration"})
class DsrRequestConsumerTest {

    private final ObjectMapper json = new ObjectMapper();

    /** Consumer contract: the fixture is validated against compliance's schema before it is fed to the consumer. */
    private void request(String requestId, String subjectId, String kind) throws Exception {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/compliance-service","type":"%s",
                 "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
                 "data":{"requestId":"%s","subjectId":"%s","kind":"%s","regulation":"GDPR",
                         "receivedAt":"2026-11-26T08:00:00Z","deadline":"2026-12-26T08:00:00Z",
                         "services":["catalog","fulfillment"],"ackTopic":"compliance.dsr.acks"}}"""
                .formatted(UUID.randomUUID(), EventTypes.COMPLIANCE_DSR_REQUESTED, requestId, requestId, subjectId, kind);
        JsonNode envelope = json.readTree(event);
        JsonSchemas.assertValid("common/cloudevent.json", envelope);
        JsonSchemas.assertValid(EventTypes.schemaPath(EventTypes.COMPLIANCE_DSR_REQUESTED), envelope.get("data"));
        KafkaEvents.publish(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.requests", requestId, event);
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
