package dev.meridian.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Compliance completes a data-subject request only when every service answered; the catalog answers NO_DATA. */
@QuarkusTest
class DsrRequestConsumerTest {

    private static final String TOPIC = "compliance.dsr.requests";

    private final ObjectMapper json = new ObjectMapper();

    /** A dsr.requested event as compliance publishes it (publishing checks it against compliance's schema). */
    private static TestEvent request(String requestId, List<String> services) {
        return TestEvent.of(EventTypes.COMPLIANCE_DSR_REQUESTED).source("/compliance-service").subject(requestId)
                .time(Instant.parse("2026-11-26T08:00:00Z"))
                .data(Map.of("requestId", requestId, "subjectId", "customer-42", "kind", "ERASURE", "regulation", "GDPR",
                        "receivedAt", "2026-11-26T08:00:00Z", "deadline", "2026-12-26T08:00:00Z",
                        "services", services, "ackTopic", "compliance.dsr.acks"));
    }

    @Test
    void an_erasure_request_is_acknowledged_once_with_no_data_even_when_redelivered() throws Exception {
        String requestId = UUID.randomUUID().toString();
        TestEvent request = request(requestId, List.of("catalog", "fulfillment"));
        try (KafkaRecorder acks = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.acks")) {
            for (int i = 0; i < 3; i++) {
                request.publish(TOPIC);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acksFor(acks, requestId).size() >= 1);
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            List<ConsumerRecord<String, String>> answers = acksFor(acks, requestId);
            assertThat(answers).hasSize(1);
            JsonNode event = json.readTree(answers.getFirst().value());
            assertThat(event.get("type").asText()).isEqualTo("meridian.catalog.dsr.acknowledged.v1");
            JsonSchemas.assertValid("common/cloudevent.json", event);
            JsonSchemas.assertValid("compliance/dsr.acknowledged.v1.json", event.get("data"));
            assertThat(event.at("/data/outcome").asText()).isEqualTo("NO_DATA");
            assertThat(event.at("/data/service").asText()).isEqualTo("catalog");
        }
    }

    @Test
    void a_request_not_addressed_to_the_catalog_is_not_answered() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        try (KafkaRecorder acks = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.acks")) {
            request(requestId, List.of("fulfillment")).publish(TOPIC);
            // A later request to the catalog proves the first was consumed before we look.
            request(other, List.of("catalog")).publish(TOPIC);
            await().atMost(Duration.ofSeconds(60)).until(() -> !acksFor(acks, other).isEmpty());
            assertThat(acksFor(acks, requestId)).isEmpty();
        }
    }

    private static List<ConsumerRecord<String, String>> acksFor(KafkaRecorder acks, String requestId) {
        return acks.poll().stream().filter(r -> requestId.equals(r.key())).toList();
    }
}
