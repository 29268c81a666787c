package dev.meridian.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox rows with an idempotent producer ({@code acks=all}); Kafka keeps the order of one key because
 * the key picks the partition and idempotence keeps in-flight retries in order.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final String bootstrapServers;
    private volatile KafkaProducer<String, String> producer;

    public OutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Publishes in position order; stops at the first failure so later rows of the same key never overtake it. */
    public Result publishInOrder(List<OutboxMessage> batch, Duration timeout) {
        List<Long> sent = new ArrayList<>();
        if (batch.isEmpty()) {
            return new Result(sent, null, null, true);
        }
        // Probe with the first row alone: when Kafka is down this fails once, instead of for every row.
        try {
            send(batch.getFirst()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            sent.add(batch.getFirst().position());
        } catch (Exception e) {
            return new Result(sent, batch.getFirst().position(), describe(e), retriable(e));
        }
        List<Future<RecordMetadata>> futures = new ArrayList<>();
        for (OutboxMessage message : batch.subList(1, batch.size())) {
            futures.add(send(message));
        }
        for (int i = 0; i < futures.size(); i++) {
            OutboxMessage message = batch.get(i + 1);
            try {
                futures.get(i).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                sent.add(message.position());
            } catch (Exception e) {
                return new Result(sent, message.position(), describe(e), retriable(e));
            }
        }
        return new Result(sent, null, null, true);
    }

    private Future<RecordMetadata> send(OutboxMessage message) {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return producer().send(record);
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(properties(), new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    private Properties properties() {
        Properties props = new Properties();
        props.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.LINGER_MS_CONFIG, "5",
                // Fail fast when the broker is unreachable; the row stays pending and is retried next tick.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000",
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000"));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "meridian-outbox-relay");
        return props;
    }

    /**
     * Timeouts, a broker that is down or electing a leader: retrying fixes these. A record too large, an invalid
     * topic, an authorization failure: retrying does not, and the row is eventually parked.
     */
    static boolean retriable(Exception e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof org.apache.kafka.common.errors.RetriableException
                || cause instanceof java.util.concurrent.TimeoutException
                || cause instanceof org.apache.kafka.common.errors.TimeoutException
                || cause instanceof InterruptedException;
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @PreDestroy
    void close() {
        KafkaProducer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(5));
        }
    }

    /** Rows sent (in order), and the first row that failed with why, if any. */
    public record Result(List<Long> sent, Long failedPosition, String error, boolean retriable) {
    }
}
