package dev.meridian.webhook.service.delivery;

import dev.meridian.webhook.config.WebhookConfig;
import dev.meridian.webhook.domain.delivery.TokenBucket;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Isolation between endpoints: each endpoint has its own lane, a bounded queue of claimed messages and at most
 * {@code maxConcurrencyPerEndpoint} attempts in flight, paced by its throttle. The dispatcher claims for a lane only as
 * many messages as it has room for, so a slow or dead endpoint fills its own lane and nothing else.
 */
@ApplicationScoped
public class EndpointLanes {

    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final int concurrency;
    private final int capacity;

    public EndpointLanes(Vertx vertx, WebhookConfig config) {
        this.vertx = vertx;
        this.concurrency = config.delivery().maxConcurrencyPerEndpoint();
        this.capacity = config.delivery().queueCapacityPerEndpoint();
    }

    /** Room for this many more messages in the endpoint's lane. */
    public int freeSlots(UUID endpointId) {
        Lane lane = lanes.get(endpointId);
        return lane == null ? capacity : lane.free();
    }

    /**
     * Queues claimed work; {@code deliver} runs each item once, on its own Vert.x context (its own database
     * session), and must complete when the outcome is recorded.
     */
    void submit(Work work, Function<Work, Uni<Void>> deliver) {
        Lane lane = lanes.computeIfAbsent(work.endpoint().id(), id -> new Lane());
        lane.offer(work, deliver);
    }

    private final class Lane {
        private final ArrayDeque<Work> queue = new ArrayDeque<>();
        private final Set<UUID> present = new HashSet<>();
        private int inFlight;
        private TokenBucket bucket;
        private int bucketRate;
        private boolean timerSet;
        private Function<Work, Uni<Void>> deliver;

        synchronized int free() {
            return Math.max(0, capacity - queue.size() - inFlight);
        }

        void offer(Work work, Function<Work, Uni<Void>> deliver) {
            synchronized (this) {
                this.deliver = deliver;
                Integer rate = work.endpoint().throttlePerSecond();
                if (rate == null) {
                    bucket = null;
                    bucketRate = 0;
                } else if (bucket == null || bucketRate != rate) {
                    bucket = new TokenBucket(rate, System.nanoTime());
                    bucketRate = rate;
                }
                // A lease that ran out while the message waited here is claimed again: keep one copy.
                if (!present.add(work.message().messageId())) {
                    return;
                }
                queue.add(work);
            }
            pump();
        }

        private void pump() {
            while (true) {
                Work next;
                synchronized (this) {
                    if (inFlight >= concurrency || queue.isEmpty()) {
                        return;
                    }
                    if (bucket != null) {
                        long wait = bucket.nanosUntilToken(System.nanoTime());
                        if (wait > 0 || !bucket.tryTake(System.nanoTime())) {
                            if (!timerSet) {
                                timerSet = true;
                                vertx.setTimer(Math.max(1, wait / 1_000_000), id -> {
                                    synchronized (this) {
                                        timerSet = false;
                                    }
                                    pump();
                                });
                            }
                            return;
                        }
                    }
                    next = queue.poll();
                    inFlight++;
                }
                start(next);
            }
        }

        private void start(Work work) {
            Function<Work, Uni<Void>> run = deliver;
            Consumer<Object> done = ignored -> {
                synchronized (this) {
                    inFlight--;
                    present.remove(work.message().messageId());
                }
                pump();
            };
            // Each attempt on a fresh duplicated context, flagged safe: its own Hibernate Reactive session.
            var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> run.apply(work).subscribe().with(done::accept, done::accept));
        }
    }
}
