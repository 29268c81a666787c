package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.outbox.OutboxConfig;
import dev.meridian.platform.outbox.OutboxMetrics;
import dev.meridian.platform.outbox.OutboxPublisher;
import dev.meridian.platform.outbox.OutboxRelay;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two relays (as two service instances would run) on one outbox: every row is published, each by one relay,
 * and the several events of one key arrive in the order they were recorded.
 */
@QuarkusTest
@TestProfile(TwoRelaysTest.RelaysDrivenByTheTest.class)
class TwoRelaysTest {

    public static class RelaysDrivenByTheTest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meridian.outbox.relay-enabled", "false", "meridian.outbox.batch-size", "7");
        }
    }

    @Inject
    Pool pool;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay instanceA;

    @Test
    void two_relays_publish_every_row_once_and_in_order_per_key() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            String key = "order-" + UUID.randomUUID();
            keys.add(key);
            Probes.record(Probes.TOPIC, key, 5);
        }
        String bootstrap = KafkaTestResource.broker().bootstrapServers();
        OutboxRelay instanceB = new OutboxRelay(pool, new OutboxPublisher(bootstrap), config,
                new OutboxMetrics(pool, new SimpleMeterRegistry()));
        AtomicInteger sentByA = new AtomicInteger();
        AtomicInteger sentByB = new AtomicInteger();
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> drain(instanceA, sentByA)),
                CompletableFuture.runAsync(() -> drain(instanceB, sentByB))).get();

        assertThat(sentByA.get() + sentByB.get()).isEqualTo(60);
        try (KafkaRecorder recorder = new KafkaRecorder(bootstrap, Probes.TOPIC)) {
            String marker = Probes.record(Probes.TOPIC, "marker-" + UUID.randomUUID(), 1).getFirst();
            drain(instanceA, new AtomicInteger());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Published.arrivals(recorder.poll()).stream().anyMatch(a -> a.id().equals(marker)));
            Map<String, List<Integer>> sequences = Published.sequencesByKey(Published.arrivals(recorder.poll()));
            for (String key : keys) {
                assertThat(sequences.get(key)).as(key).containsExactly(0, 1, 2, 3, 4);
            }
        }
    }

    /** Keeps relaying until the outbox is empty; a relay that loses the lock gets 0 and tries again. */
    private static void drain(OutboxRelay relay, AtomicInteger sent) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && TestDatabase.count("select count(*) from outbox_event where sent_at is null and parked_at is null") > 0) {
            sent.addAndGet(relay.relayOnce());
        }
    }
}
