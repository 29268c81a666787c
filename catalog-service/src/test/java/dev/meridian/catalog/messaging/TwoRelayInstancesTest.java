package dev.meridian.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.catalog.support.Products;
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
import io.quarkus.test.security.TestSecurity;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Two relays (as two service instances would run) on one outbox never publish a row twice or out of order. */
@QuarkusTest
@TestProfile(TwoRelayInstancesTest.RelaysDrivenByTheTest.class)
@TestSecurity(user = "editor", roles = "catalog-editor")
class TwoRelayInstancesTest {

    public static class RelaysDrivenByTheTest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meridian.outbox.relay-enabled", "false", "meridian.outbox.batch-size", "25");
        }
    }

    @Inject
    Pool pool;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay instanceA;

    @Test
    void concurrent_relays_publish_each_row_exactly_once_in_order() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ids.add(given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Products.newProduct()).when().post("/v1/admin/products")
                    .then().statusCode(201).extract().path("id"));
        }
        String bootstrap = KafkaTestResource.broker().bootstrapServers();
        OutboxPublisher secondProducer = new OutboxPublisher(bootstrap);
        OutboxRelay instanceB = new OutboxRelay(pool, secondProducer, config,
                new OutboxMetrics(pool, new SimpleMeterRegistry()));

        AtomicInteger sentByA = new AtomicInteger();
        AtomicInteger sentByB = new AtomicInteger();
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> drain(instanceA, sentByA));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> drain(instanceB, sentByB));
        CompletableFuture.allOf(a, b).get();

        assertThat(sentByA.get() + sentByB.get()).isEqualTo(150);
        assertThat(TestDatabase.count("select count(*) from outbox_event where sent_at is null")).isZero();
        try (KafkaRecorder recorder = new KafkaRecorder(bootstrap, CatalogEvents.TOPIC)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> recorder.poll().stream().filter(r -> ids.contains(r.key())).count() >= 150);
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            Map<String, Long> perKey = new LinkedHashMap<>();
            List<ConsumerRecord<String, String>> ours = recorder.poll().stream().filter(r -> ids.contains(r.key())).toList();
            ours.forEach(r -> perKey.merge(r.key(), 1L, Long::sum));
            assertThat(perKey).hasSize(150);
            assertThat(perKey.values()).allMatch(count -> count == 1);
        }
    }

    /** Keeps relaying until the outbox is empty; a relay that loses the lock gets 0 and tries again. */
    private static void drain(OutboxRelay relay, AtomicInteger sent) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && TestDatabase.count("select count(*) from outbox_event where sent_at is null") > 0) {
            sent.addAndGet(relay.relayOnce());
        }
    }
}
