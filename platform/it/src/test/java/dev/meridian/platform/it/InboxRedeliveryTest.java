package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Kafka delivers at least once; the inbox makes the effect happen once. The probe's effect inserts a row per
 * application (no unique key), so a doubled effect would show as two rows: this test fails without the inbox.
 */
@QuarkusTest
class InboxRedeliveryTest {

    @Test
    void an_event_delivered_three_times_has_one_effect() {
        String key = UUID.randomUUID().toString();
        TestEvent event = TestEvent.of("meridian.probe.happened.v1").subject(key).data(Map.of("key", key, "n", 0));
        event.publish(Probes.TOPIC);
        event.publish(Probes.TOPIC);
        event.publish(Probes.TOPIC);
        // A positive barrier: a marker published after the duplicates, on the same key (same partition, after them).
        TestEvent marker = TestEvent.of("meridian.probe.happened.v1").subject(key).data(Map.of("key", key, "n", 1))
                .publish(Probes.TOPIC);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestDatabase.count("select count(*) from probe_effect where event_id = ?", marker.id()) == 1);
        assertThat(TestDatabase.count("select count(*) from probe_effect where event_id = ?", event.id())).isEqualTo(1);
    }
}
