package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.outbox.OutboxMetrics;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A row that can never be sent (here: to a topic name Kafka refuses) is parked after a few attempts, and the
 * events recorded after it are published; before, it blocked every later event of the service forever.
 */
@QuarkusTest
@TestProfile(OutboxParkingTest.FewAttempts.class)
class OutboxParkingTest {

    public static class FewAttempts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meridian.outbox.max-attempts", "2", "meridian.outbox.metrics-interval", "200ms");
        }
    }

    @Inject
    OutboxMetrics metrics;

    @Test
    void an_unsendable_row_is_parked_and_later_events_go_out() {
        String bootstrap = KafkaTestResource.broker().bootstrapServers();
        try (KafkaRecorder recorder = new KafkaRecorder(bootstrap, Probes.TOPIC)) {
            List<String> bad = Probes.record("no spaces allowed in a topic!", "k-" + UUID.randomUUID(), 1);
            String key = "after-" + UUID.randomUUID();
            List<String> good = Probes.record(Probes.TOPIC, key, 3);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> recorder.poll().stream().filter(r -> key.equals(r.key())).count() >= 3);
            assertThat(TestDatabase.count("select count(*) from outbox_event where id = ?::uuid and parked_at is not null",
                    bad.getFirst())).isEqualTo(1);
            assertThat(TestDatabase.count("select count(*) from outbox_event where id = any(?::uuid[]) and sent_at is not null",
                    "{" + String.join(",", good) + "}")).isEqualTo(3);
            await().atMost(Duration.ofSeconds(10)).until(() -> metrics.parked() == 1);
        }
    }
}
