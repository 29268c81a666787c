package dev.meridian.webhook.service.log;

import dev.meridian.platform.failure.NotFound;
import dev.meridian.webhook.domain.delivery.LoggedAttempt;
import dev.meridian.webhook.domain.delivery.MessageSummary;
import dev.meridian.webhook.persistence.AttemptRepository;
import dev.meridian.webhook.persistence.EndpointRepository;
import dev.meridian.webhook.persistence.MessageRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads the delivery log: attempts by endpoint, event id, outcome and time; an endpoint's messages. */
@ApplicationScoped
public class DeliveryLogService {

    private final AttemptRepository attempts;
    private final MessageRepository messages;
    private final EndpointRepository endpoints;

    public DeliveryLogService(AttemptRepository attempts, MessageRepository messages, EndpointRepository endpoints) {
        this.attempts = attempts;
        this.messages = messages;
        this.endpoints = endpoints;
    }

    /** Null arguments do not filter. */
    public Uni<List<LoggedAttempt>> attempts(UUID endpointId, String eventId, String outcome, Instant from,
                                             Instant to, long after, int limit) {
        var filter = new AttemptRepository.Filter(endpointId, eventId, outcome, from, to);
        return Panache.withSession(() -> attempts.page(filter, after, limit));
    }

    public Uni<List<MessageSummary>> messages(UUID endpointId, String status, String eventId,
                                                            Instant from, Instant to, long after, int limit) {
        return Panache.withSession(() -> endpoints.find(endpointId).chain(found -> {
            if (found.isEmpty()) {
                throw new NotFound("webhook endpoint", endpointId);
            }
            return messages.page(endpointId, status, eventId, from, to, after, limit);
        }));
    }
}
