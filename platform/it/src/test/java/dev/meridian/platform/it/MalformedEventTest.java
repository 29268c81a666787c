package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.KafkaEvents;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A message that is not a CloudEvent is neither retried forever nor dropped: it lands on the dead-letter topic. */
@QuarkusTest
class MalformedEventTest {

    @Test
    void a_malformed_message_goes_to_the_dead_letter_topic_and_later_events_still_flow() {
        String bootstrap = KafkaTestResource.broker().bootstrapServers();
        String garbage = "not a cloud event " + UUID.randomUUID();
        try (KafkaRecorder deadLetters = new KafkaRecorder(bootstrap, "dead-letter-topic-probe-events")) {
            KafkaEvents.publish(bootstrap, Probes.TOPIC, "k", garbage);
            String key = UUID.randomUUID().toString();
            TestEvent after = TestEvent.of("meridian.probe.happened.v1").subject(key).data(Map.of("key", key, "n", 0))
                    .publish(Probes.TOPIC);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLetters.poll().stream().anyMatch(r -> garbage.equals(r.value())));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> TestDatabase.count("select count(*) from probe_effect where event_id = ?", after.id()) == 1);
            assertThat(deadLetters.poll()).filteredOn(r -> garbage.equals(r.value())).hasSize(1);
        }
    }
}
