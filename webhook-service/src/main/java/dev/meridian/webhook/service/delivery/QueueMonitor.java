package dev.meridian.webhook.service.delivery;

import dev.meridian.webhook.config.WebhookConfig;
import dev.meridian.webhook.persistence.EventLogRepository;
import dev.meridian.webhook.persistence.MessageRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** Keeps the queue gauges current, and drops events (with their messages and attempts) past the retention. */
@ApplicationScoped
public class QueueMonitor {

    private static final Logger LOG = Logger.getLogger(QueueMonitor.class);

    private final MessageRepository messages;
    private final EventLogRepository log;
    private final DeliveryMetrics metrics;
    private final WebhookConfig config;
    private final Clock clock;
    private final Vertx vertx;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private long timer = -1;

    public QueueMonitor(MessageRepository messages, EventLogRepository log, DeliveryMetrics metrics,
                        WebhookConfig config, Clock clock, Vertx vertx) {
        this.vertx = vertx;
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

    /**
     * Payload retention: events received longer ago than {@code webhook.retention.payloads} go, every
     * {@code webhook.retention.interval} (a Vert.x timer, each sweep on its own context).
     */
    void startRetention(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(config.retention().interval().toMillis(), id -> {
            if (!sweeping.compareAndSet(false, true)) {
                return;
            }
            var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> pruneExpired().subscribe().with(n -> {
                sweeping.set(false);
                if (n > 0) {
                    LOG.infof("retention: %d events older than %s deleted with their messages and attempts", n,
                            config.retention().payloads());
                }
            }, failure -> {
                sweeping.set(false);
                LOG.warnf("retention sweep failed, the next one retries: %s", failure.getMessage());
            }));
        });
    }

    void stopRetention(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** @return how many events went */
    public Uni<Integer> pruneExpired() {
        return Panache.withTransaction(() -> log.deleteReceivedBefore(
                clock.instant().minus(config.retention().payloads())));
    }
}
