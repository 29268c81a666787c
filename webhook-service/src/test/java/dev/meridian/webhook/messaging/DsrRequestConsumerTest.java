package dev.meridian.webhook.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import dev.meridian.webhook.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Data-subject requests addressed to webhook: the event log's copies that name the subject are exported or erased. */
@QuarkusTest
class DsrRequestConsumerTest {

    private final ObjectMapper json = new ObjectMapper();

    /** Checked against compliance's schema by TestEvent; keyed by request id, as compliance does. */
    private void request(String requestId, String subjectId, String kind) throws Exception {
        TestEvent.of(EventTypes.COMPLIANCE_DSR_REQUESTED).subject(requestId)
                .time(Instant.parse("2026-11-26T08:00:00Z"))
                .data(json.readTree("""
                        {"requestId":"%s","subjectId":"%s","kind":"%s","regulation":"GDPR",
                         "receivedAt":"2026-11-26T08:00:00Z","deadline":"2026-12-26T08:00:00Z",
                         "services":["fulfillment","webhook"]}""".formatted(requestId, subjectId, kind)))
                .publish("compliance.dsr.requests");
    }

    private JsonNode answer(KafkaRecorder acks, String requestId) throws Exception {
        String value = await().atMost(Duration.ofSeconds(60)).until(() -> acks.poll().stream()
                .filter(r -> requestId.equals(r.key())).map(r -> r.value()).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
        JsonNode event = json.readTree(value);
        assertThat(event.get("type").asText()).isEqualTo("meridian.webhook.dsr.acknowledged.v1");
        JsonSchemas.assertValid(EventTypes.schemaPath(EventTypes.COMPLIANCE_DSR_ACKNOWLEDGED), event.get("data"));
        return event.get("data");
    }

    @Test
    void access_exports_the_logged_events_naming_the_subject_and_erasure_deletes_them() throws Exception {
        // The subject named in a logged event (here as the order's id: fulfillment's events carry no customer field).
        String subject = "subject-" + UUID.randomUUID();
        String naming = Events.publish(Events.expired(subject));
        String other = Events.publish(Events.expired(subject + "-other"));
        try (KafkaRecorder acks = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.dsr.acks")) {
            String access = UUID.randomUUID().toString();
            request(access, subject, "ACCESS");
            JsonNode exported = answer(acks, access);
            assertThat(exported.get("outcome").asText()).isEqualTo("DATA");
            assertThat(exported.at("/data/loggedEvents").size()).isEqualTo(1);
            assertThat(exported.at("/data/loggedEvents/0/eventId").asText()).isEqualTo(naming);

            String erasure = UUID.randomUUID().toString();
            request(erasure, subject, "ERASURE");
            assertThat(answer(acks, erasure).get("outcome").asText()).isEqualTo("ERASED");
            assertThat(TestDatabase.count("select count(*) from event_log where event_id = ?", naming)).isZero();
            assertThat(TestDatabase.count("select count(*) from event_log where event_id = ?", other)).isEqualTo(1);

            String again = UUID.randomUUID().toString();
            request(again, subject, "ACCESS");
            assertThat(answer(acks, again).get("outcome").asText()).isEqualTo("NO_DATA");
        }
    }
}
