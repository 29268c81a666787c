package dev.meridian.webhook.service.delivery;

import dev.meridian.webhook.client.WebhookHttpClient;
import dev.meridian.webhook.config.WebhookConfig;
import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.persistence.EndpointRepository;
import dev.meridian.webhook.persistence.MessageRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Finds due messages, claims them per endpoint (as many as the endpoint's lane has room for, in order per aggregate)
 * and hands them to the lanes, which sign, send and record each attempt. A claim is a lease: if this instance dies,
 * the message is claimed again after the lease and sent again with the same webhook-id (at least once).
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final MessageRepository messages;
    private final EndpointRepository endpoints;
    private final EndpointLanes lanes;
    private final WebhookHttpClient http;
    private final DeliveryRecorder recorder;
    private final WebhookConfig config;
    private final Clock clock;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timer = -1;

    public DeliveryDispatcher(MessageRepository messages, EndpointRepository endpoints, EndpointLanes lanes,
                              WebhookHttpClient http, DeliveryRecorder recorder, WebhookConfig config, Clock clock,
                              Vertx vertx) {
        this.vertx = vertx;
        this.messages = messages;
        this.endpoints = endpoints;
        this.lanes = lanes;
        this.http = http;
        this.recorder = recorder;
        this.config = config;
        this.clock = clock;
    }

    /** Ticks on a Vert.x timer (the scheduler does not go below one second); one round at a time. */
    void start(@Observes StartupEvent started) {
        if (!config.delivery().enabled()) {
            return;
        }
        timer = vertx.setPeriodic(config.delivery().dispatchInterval().toMillis(), id -> tick());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> dispatchDue().subscribe().with(claimed -> running.set(false), failure -> {
            running.set(false);
            LOG.warnf("dispatch failed, the next tick retries: %s", failure.getMessage());
        }));
    }

    /** One round: claims what is due now and hands it over; returns how many messages were claimed. */
    public Uni<Integer> dispatchDue() {
        Instant now = clock.instant();
        return Panache.withSession(() -> messages.endpointsWithDueMessages(now))
                .chain(ids -> Multi.createFrom().iterable(ids).onItem()
                        .transformToUniAndConcatenate(id -> dispatch(id, now))
                        .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum()));
    }

    private Uni<Integer> dispatch(UUID endpointId, Instant now) {
        int room = lanes.freeSlots(endpointId);
        if (room == 0) {
            return Uni.createFrom().item(0);
        }
        var delivery = config.delivery();
        return Panache.withTransaction(() -> endpoints.find(endpointId).chain(found -> {
            if (found.isEmpty() || !found.get().enabled()) {
                return Uni.createFrom().item(new Claim(null, List.of()));
            }
            Endpoint endpoint = found.get();
            return messages.claim(endpointId, endpoint.ordered(), now, now.minus(delivery.headOfLineTimeout()),
                    now.plus(delivery.lease()), room).map(claimed -> new Claim(endpoint, claimed));
        })).map(claim -> {
            claim.messages().forEach(m -> lanes.submit(new Work(claim.endpoint(), m), this::deliver));
            return claim.messages().size();
        });
    }

    private record Claim(Endpoint endpoint, List<MessageRepository.Claimed> messages) {
    }

    /** Signs with the secrets valid now, sends, and records the outcome. */
    Uni<Void> deliver(Work work) {
        Instant sentAt = clock.instant();
        var message = work.message();
        var headers = Signatures.headers(work.endpoint().signingSecrets(sentAt), message.eventId(),
                sentAt.getEpochSecond(), message.payload());
        // The answer arrives on the HTTP client's context; the outcome is recorded back on this attempt's own.
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        return http.post(work.endpoint().url(), headers, message.payload())
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .chain(outcome -> recorder.record(work.endpoint(), message, sentAt, outcome))
                .onFailure().invoke(e -> LOG.warnf("recording attempt %d of %s at %s failed (the lease will resend): %s",
                        message.attemptNumber(), message.eventId(), work.endpoint().id(), e.getMessage()));
    }
}
