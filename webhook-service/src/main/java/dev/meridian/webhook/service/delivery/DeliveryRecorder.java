package dev.meridian.webhook.service.delivery;

import dev.meridian.webhook.client.HttpOutcome;
import dev.meridian.webhook.config.WebhookConfig;
import dev.meridian.webhook.domain.delivery.AttemptResult;
import dev.meridian.webhook.domain.delivery.DeliveryDecision;
import dev.meridian.webhook.domain.delivery.EndpointHealth;
import dev.meridian.webhook.domain.delivery.LoggedAttempt;
import dev.meridian.webhook.domain.delivery.RetryAfter;
import dev.meridian.webhook.domain.delivery.RetrySchedule;
import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.messaging.EndpointDisabledData;
import dev.meridian.webhook.messaging.EndpointFailingData;
import dev.meridian.webhook.messaging.MessageExhaustedData;
import dev.meridian.webhook.messaging.WebhookEvents;
import dev.meridian.webhook.persistence.AttemptRepository;
import dev.meridian.webhook.persistence.EndpointRepository;
import dev.meridian.webhook.persistence.MessageRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records one attempt and decides what follows, in one transaction: the attempt in the log, the message's next step
 * (done, retry at, failed), the endpoint's failure streak (warnings, disabling), and the operational events.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private final AttemptRepository attempts;
    private final MessageRepository messages;
    private final EndpointRepository endpoints;
    private final WebhookEvents events;
    private final DeliveryMetrics metrics;
    private final RetrySchedule schedule;
    private final EndpointHealth health;
    private final Clock clock;

    public DeliveryRecorder(AttemptRepository attempts, MessageRepository messages, EndpointRepository endpoints,
                            WebhookEvents events, DeliveryMetrics metrics, WebhookConfig config, Clock clock) {
        this.attempts = attempts;
        this.messages = messages;
        this.endpoints = endpoints;
        this.events = events;
        this.metrics = metrics;
        this.schedule = new RetrySchedule(config.delivery().retrySchedule(), config.delivery().jitter());
        this.health = new EndpointHealth(config.failure().warnAfter(), config.failure().disableAfter());
        this.clock = clock;
    }

    public Uni<Void> record(Endpoint endpoint, MessageRepository.Claimed message, Instant sentAt, HttpOutcome outcome) {
        Instant now = clock.instant();
        AttemptResult result = outcome.status() == null ? new AttemptResult.Unreachable(outcome.error())
                : AttemptResult.ofStatus(outcome.status(), RetryAfter.parse(outcome.retryAfter(), now));
        var attempt = new LoggedAttempt(0, message.messageId(), endpoint.id(), message.eventId(),
                message.eventType(), message.attemptNumber(), message.trigger(), sentAt,
                result.success() ? "SUCCEEDED" : "FAILED", outcome.status(), outcome.latencyMs(), outcome.excerpt(),
                outcome.error(), endpoint.url().toString());
        return Panache.withTransaction(() -> messages.lock(message.messageId()).chain(state -> {
            if (state.isEmpty()) {
                return Uni.createFrom().<String>item("deleted");
            }
            int made = state.get().attempts() + 1;
            DeliveryDecision decision = DeliveryDecision.after(result, made, schedule, now,
                    ThreadLocalRandom.current()::nextDouble);
            return attempts.insert(attempt).chain(() -> switch (decision) {
                case DeliveryDecision.Succeeded s -> messages.succeeded(message.messageId(), made, now)
                        .chain(() -> endpoints.clearStreak(endpoint.id())).replaceWith("succeeded");
                case DeliveryDecision.RetryAt r -> messages.retryAt(message.messageId(), made, r.at(), now)
                        .chain(() -> failure(endpoint, now)).replaceWith("failed");
                case DeliveryDecision.Exhausted x -> messages.failed(message.messageId(), made, now)
                        .chain(() -> events.messageExhausted(new MessageExhaustedData(endpoint.id(),
                                endpoint.url().toString(), message.eventId(), message.eventType(), made,
                                outcome.status(), outcome.error(), now)))
                        .chain(() -> failure(endpoint, now)).replaceWith("exhausted");
                case DeliveryDecision.EndpointGone g -> messages.failed(message.messageId(), made, now)
                        .chain(() -> disable(endpoint, "the endpoint answered 410 Gone", now)).replaceWith("gone");
            });
        })).invoke(label -> {
            if (!"deleted".equals(label)) {
                metrics.attempt(endpoint.id(), label, outcome.latencyMs());
            }
        }).replaceWithVoid();
    }

    private Uni<Void> failure(Endpoint endpoint, Instant now) {
        return endpoints.lockStreak(endpoint.id()).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            var streak = found.get();
            return switch (health.afterFailure(streak.failingSince(), streak.warnings(), now)) {
                case EndpointHealth.Verdict.Failing f -> f.since().equals(streak.failingSince())
                        ? Uni.createFrom().voidItem()
                        : endpoints.saveStreak(endpoint.id(), f.since(), streak.warnings()).replaceWithVoid();
                case EndpointHealth.Verdict.Warn w -> endpoints.saveStreak(endpoint.id(), w.since(), w.level())
                        .chain(() -> events.endpointFailing(new EndpointFailingData(endpoint.id(),
                                endpoint.url().toString(), w.since(), w.failingFor().toSeconds(), w.level(),
                                w.since().plus(health.disableAfter()))));
                case EndpointHealth.Verdict.Disable d -> disable(endpoint, "every attempt failed for "
                        + describe(d.failingFor()), now);
            };
        });
    }

    private Uni<Void> disable(Endpoint endpoint, String reason, Instant now) {
        UUID id = endpoint.id();
        return endpoints.disable(id, reason, now).chain(changed -> changed == 0 ? Uni.createFrom().voidItem()
                : events.endpointDisabled(new EndpointDisabledData(id, endpoint.url().toString(), reason, now)));
    }

    private static String describe(Duration d) {
        return d.toHours() >= 48 ? d.toDays() + " days" : d.toHours() + " hours";
    }
}
