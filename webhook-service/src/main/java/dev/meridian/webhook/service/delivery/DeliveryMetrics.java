package dev.meridian.webhook.service.delivery;

import dev.meridian.webhook.persistence.MessageRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Deliveries by outcome ({@code webhook.deliveries}), their latency ({@code webhook.delivery.latency}), and per
 * endpoint the queue depth ({@code webhook.queue.depth}) and the age of the oldest undelivered message
 * ({@code webhook.queue.oldest.age.seconds}), refreshed from the database on a schedule.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<UUID, double[]> queues = new ConcurrentHashMap<>();

    public DeliveryMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** @param outcome succeeded, failed, exhausted, gone or refused */
    public void attempt(UUID endpointId, String outcome, long latencyMs) {
        registry.counter("webhook.deliveries", "outcome", outcome, "endpoint", endpointId.toString()).increment();
        Timer.builder("webhook.delivery.latency").tag("endpoint", endpointId.toString())
                .publishPercentiles(0.5, 0.99).register(registry).record(Duration.ofMillis(latencyMs));
    }

    /** New queue figures; endpoints with nothing pending read 0. */
    public void queues(List<MessageRepository.QueueStats> stats) {
        Map<UUID, MessageRepository.QueueStats> byEndpoint = stats.stream()
                .collect(Collectors.toMap(MessageRepository.QueueStats::endpointId, s -> s));
        Set<UUID> known = Set.copyOf(queues.keySet());
        for (UUID id : known) {
            if (!byEndpoint.containsKey(id)) {
                queues.get(id)[0] = 0;
                queues.get(id)[1] = 0;
            }
        }
        byEndpoint.forEach((id, s) -> {
            double[] values = queues.computeIfAbsent(id, this::register);
            values[0] = s.pending();
            values[1] = s.oldestCreatedAt() == null ? 0
                    : Math.max(0, Duration.between(s.oldestCreatedAt(), clock.instant()).toMillis() / 1000.0);
        });
    }

    private double[] register(UUID id) {
        double[] values = new double[2];
        Gauge.builder("webhook.queue.depth", values, v -> v[0]).tag("endpoint", id.toString())
                .description("messages of the endpoint not yet delivered").register(registry);
        Gauge.builder("webhook.queue.oldest.age.seconds", values, v -> v[1]).tag("endpoint", id.toString())
                .description("age of the endpoint's oldest undelivered message").register(registry);
        return values;
    }
}
