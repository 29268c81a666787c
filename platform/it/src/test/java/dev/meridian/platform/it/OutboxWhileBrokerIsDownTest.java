package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.outbox.OutboxMetrics;
import dev.meridian.platform.testing.KafkaBroker;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Delivery is at-least-once: events recorded while the broker is down all arrive when it returns, in order per
 * key; a redelivery (possible when a send succeeded but its acknowledgement was lost) repeats the same event id.
 */
@QuarkusTest
@TestProfile(OutboxWhileBrokerIsDownTest.BrokerDown.class)
class OutboxWhileBrokerIsDownTest {

    public static class BrokerDown implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class), new TestResourceEntry(StoppedBroker.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meridian.outbox.metrics-interval", "200ms");
        }
    }

    /** A broker with reserved ports and formatted storage that is not running until the test starts it. */
    public static class StoppedBroker implements QuarkusTestResourceLifecycleManager {
        private KafkaBroker broker;

        @Override
        public Map<String, String> start() {
            broker = KafkaBroker.prepare();
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(broker, new TestInjector.MatchesType(KafkaBroker.class));
        }

        @Override
        public void stop() {
            broker.stop();
        }
    }

    KafkaBroker broker;

    @Inject
    OutboxMetrics metrics;

    @Test
    void events_recorded_while_the_broker_is_down_all_arrive_in_order_per_key_when_it_returns() {
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            String key = "order-" + UUID.randomUUID();
            keys.add(key);
            ids.addAll(Probes.record(Probes.TOPIC, key, 3));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> metrics.backlog() == 30);

        broker.start();

        try (KafkaRecorder recorder = new KafkaRecorder(broker.bootstrapServers(), Probes.TOPIC)) {
            // The marker is recorded after everything else: once it has arrived, so has everything before it.
            String marker = Probes.record(Probes.TOPIC, "marker-" + UUID.randomUUID(), 1).getFirst();
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> Published.arrivals(recorder.poll()).stream().anyMatch(a -> a.id().equals(marker)));
            List<Published.Arrival> arrivals = Published.arrivals(recorder.poll());

            Set<String> arrivedIds = new HashSet<>();
            arrivals.forEach(a -> arrivedIds.add(a.id()));
            assertThat(arrivedIds).containsAll(ids);
            Map<String, List<Integer>> sequences = Published.sequencesByKey(arrivals);
            for (String key : keys) {
                // in order per key; a repeat (at-least-once) may only repeat what already arrived
                assertThat(sequences.get(key).stream().distinct().toList()).containsExactly(0, 1, 2);
                assertThat(sequences.get(key)).isSorted();
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> metrics.backlog() == 0);
    }
}
