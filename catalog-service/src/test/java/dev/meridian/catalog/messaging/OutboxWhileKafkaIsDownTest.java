package dev.meridian.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.catalog.support.Products;
import dev.meridian.platform.outbox.OutboxMetrics;
import dev.meridian.platform.testing.KafkaBroker;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox keeps every event while Kafka is down and delivers each exactly once, in order, when it returns. */
@QuarkusTest
@TestProfile(OutboxWhileKafkaIsDownTest.KafkaDown.class)
@TestSecurity(user = "editor", roles = "catalog-editor")
class OutboxWhileKafkaIsDownTest {

    public static class KafkaDown implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class), new TestResourceEntry(StoppedKafka.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** A broker with reserved ports and formatted storage that is not running until the test starts it. */
    public static class StoppedKafka implements QuarkusTestResourceLifecycleManager {
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
    void events_recorded_while_kafka_is_down_arrive_once_each_in_order_when_it_returns() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Products.newProduct()).when().post("/v1/admin/products")
                    .then().statusCode(201).extract().path("id"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> metrics.backlog() == 100);

        broker.start();

        try (KafkaRecorder recorder = new KafkaRecorder(broker.bootstrapServers(), CatalogEvents.TOPIC)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> recorder.poll().size() >= 100);
            await().atMost(Duration.ofSeconds(30)).until(() -> metrics.backlog() == 0);
            // Anything still in flight would show up now.
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            List<ConsumerRecord<String, String>> records = recorder.poll();

            Map<String, Long> perKey = new LinkedHashMap<>();
            records.forEach(r -> perKey.merge(r.key(), 1L, Long::sum));
            assertThat(perKey.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(perKey.values()).allMatch(count -> count == 1);
            // Creation order is preserved within each partition (ordering per key is implied).
            Map<Integer, List<String>> perPartition = new LinkedHashMap<>();
            records.stream().sorted(java.util.Comparator.comparingInt(ConsumerRecord<String, String>::partition)
                            .thenComparingLong(ConsumerRecord::offset))
                    .forEach(r -> perPartition.computeIfAbsent(r.partition(), p -> new ArrayList<>()).add(r.key()));
            perPartition.values().forEach(keys -> assertThat(keys)
                    .isSortedAccordingTo(java.util.Comparator.comparingInt(ids::indexOf)));
        }
        assertThat(metrics.backlog()).isZero();
    }
}
