package dev.meridian.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaEvents;
import dev.meridian.platform.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Compliance completes a data-subject request only when every service answered; the catalog answers NO_DATA. */
@QuarkusTest
class DsrRequestConsumerTest {

    private final ObjectMapper json = new ObjectMapper();

    private static String request(String requestId, String eventId, List<String> services) {
        return """
                {"specversion":"1.0","id":"%s","source":"/compliance-service","type":"meridian.compliance.dsr.requested.v1",
                 "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
                 "data":{"requestId":"%s","subjectId":"customer-42","kind":"ERASURE","regulation":"GDPR",
                         "receivedAt":"2026-11-26T08:00:00Z","deadline":"2026-12-26T08:00:00Z",
                         "services":[%s],"ackTopic":"compliance.dsr.acks"}}"""
                .formatted(eventId, requestId, requestId,
                        String.join(",", services.stream().map(s -> "\"" + s + "\"").toList()));
    }

    private static void publish(String key, String value) throws Exception {
        KafkaEvents.publish(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.requests", key, value);
    }

    @Test
    void an_erasure_request_is_acknowledged_once_with_no_data_even_when_redelivered() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (KafkaRecorder acks = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.acks")) {
            for (int i = 0; i < 3; i++) {
                publish(requestId, request(requestId, eventId, List.of("catalog", "fulfillment")));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acksFor(acks, requestId).size() >= 1);
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            List<ConsumerRecord<String, String>> answers = acksFor(acks, requestId);
            assertThat(answers).hasSize(1);
            JsonNode event = json.readTree(answers.getFirst().value());
            assertThat(event.get("type").asText()).isEqualTo("meridian.catalog.dsr.acknowledged.v1");
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
            publish(requestId, request(requestId, UUID.randomUUID().toString(), List.of("fulfillment")));
            // A later request to the catalog proves the first was consumed before we look.
            publish(other, request(other, UUID.randomUUID().toString(), List.of("catalog")));
            await().atMost(Duration.ofSeconds(60)).until(() -> !acksFor(acks, other).isEmpty());
            assertThat(acksFor(acks, requestId)).isEmpty();
        }
    }

    private static List<ConsumerRecord<String, String>> acksFor(KafkaRecorder acks, String requestId) {
        return acks.poll().stream().filter(r -> requestId.equals(r.key())).toList();
    }
}
