package dev.meridian.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One real Kafka broker process per test JVM, shared by the test classes of a module (starting one takes a
 * few seconds), stopped when the JVM exits.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker shared;

    public static synchronized KafkaBroker broker() {
        if (shared == null) {
            shared = KafkaBroker.startNew();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "kafka-test-broker-stop"));
        }
        return shared;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the next test class of this JVM; the shutdown hook stops it
    }
}
