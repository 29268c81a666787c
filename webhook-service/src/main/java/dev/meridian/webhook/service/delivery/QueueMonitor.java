package dev.meridian.webhook.service.delivery;

import dev.meridian.webhook.config.WebhookConfig;
import dev.meridian.webhook.persistence.EventLogRepository;
import dev.meridian.webhook.persistence.MessageRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Keeps the queue gauges current, and drops events (with their messages and attempts) past the retention. */
@ApplicationScoped
public class QueueMonitor {

    private final MessageRepository messages;
    private final EventLogRepository log;
    private final DeliveryMetrics metrics;
    private final WebhookConfig config;
    private final Clock clock;

    public QueueMonitor(MessageRepository messages, EventLogRepository log, DeliveryMetrics metrics,
                        WebhookConfig config, Clock clock) {
        this.messages = messages;
        this.log = log;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${webhook.metrics.refresh-interval:5s}", delay = 1,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refreshQueueGauges() {
        return Panache.withSession(messages::queueStats).invoke(metrics::queues).replaceWithVoid();
    }

    /** Payload retention: events received longer ago than {@code webhook.retention.payloads} go. */
    @Scheduled(every = "${webhook.retention.interval:1h}", delay = 5,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledPrune() {
        return pruneExpired().replaceWithVoid();
    }

    /** @return how many events went */
    public Uni<Integer> pruneExpired() {
        return Panache.withTransaction(() -> log.deleteReceivedBefore(
                clock.instant().minus(config.retention().payloads())));
    }
}
