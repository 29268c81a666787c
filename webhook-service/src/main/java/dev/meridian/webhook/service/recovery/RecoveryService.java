package dev.meridian.webhook.service.recovery;

import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventJson;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.persistence.EndpointRepository;
import dev.meridian.webhook.persistence.EventLogRepository;
import dev.meridian.webhook.persistence.MessageRepository;
import dev.meridian.webhook.service.ingest.EventIngestService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Recovery by hand: resend one message, resend every failed message of a period, replay every event an endpoint
 * subscribes to in a time range (read from the event log, not from what the message table still holds), and send
 * a test event of a type. Each queues messages from the start of the retry schedule; the delivery worker sends them.
 */
@ApplicationScoped
public class RecoveryService {

    /** Replays larger than this are refused: the caller narrows the range. */
    public static final int MAX_REPLAY = 10_000;

    private final EndpointRepository endpoints;
    private final MessageRepository messages;
    private final EventLogRepository log;
    private final TestEvents testEvents;
    private final EventJson json;
    private final Clock clock;

    public RecoveryService(EndpointRepository endpoints, MessageRepository messages, EventLogRepository log,
                           TestEvents testEvents, EventJson json, Clock clock) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.log = log;
        this.testEvents = testEvents;
        this.json = json;
        this.clock = clock;
    }

    public Uni<Integer> resend(UUID endpointId, String eventId) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> enabledEndpoint(endpointId)
                .chain(endpoint -> messages.aggregateOf(endpointId, eventId))
                .chain(aggregate -> {
                    if (aggregate.isEmpty()) {
                        throw new NotFound("message of event " + eventId + " at endpoint", endpointId);
                    }
                    return messages.requeue(endpointId, eventId, aggregate.get(), "RESEND", now);
                }));
    }

    /** Every message of the endpoint that failed (exhausted or 410) in [since, until) goes out again. */
    public Uni<Integer> recoverFailed(UUID endpointId, Instant since, Instant until) {
        Instant now = clock.instant();
        Instant end = until == null ? now.plusSeconds(1) : until;
        RuleViolation.require(since != null, "since", "is required");
        RuleViolation.require(since.isBefore(end), "until", "must be after since");
        return Panache.withTransaction(() -> enabledEndpoint(endpointId)
                .chain(endpoint -> messages.recoverFailed(endpointId, since, end, now)));
    }

    /** Every logged event in [from, to) that the endpoint subscribes to now is delivered again, exactly those. */
    public Uni<Integer> replay(UUID endpointId, Instant from, Instant to) {
        RuleViolation.require(from != null, "from", "is required");
        RuleViolation.require(to != null, "to", "is required");
        RuleViolation.require(from.isBefore(to), "to", "must be after from");
        Instant now = clock.instant();
        return Panache.withTransaction(() -> enabledEndpoint(endpointId).chain(endpoint -> log
                .inRange(from, to, MAX_REPLAY + 1).chain(events -> {
                    if (events.size() > MAX_REPLAY) {
                        throw new RuleViolation("to", "the range holds more than " + MAX_REPLAY
                                + " events; replay a narrower range");
                    }
                    List<EventLogRepository.EventHeader> wanted = events.stream()
                            .filter(e -> wants(endpoint, e)).toList();
                    return Multi.createFrom().iterable(wanted).onItem()
                            .transformToUniAndConcatenate(e -> messages.requeue(endpointId, e.eventId(), e.subject(),
                                    "REPLAY", now))
                            // A message being sent right now is not queued twice (requeue answers 0 for it).
                            .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
                })));
    }

    /** A test event of {@code type} (data from the type's schema examples) to this endpoint only; its event id. */
    public Uni<String> sendTestEvent(UUID endpointId, String type) {
        var data = testEvents.example(type);
        Instant now = clock.instant();
        String subject = "test-" + UUID.randomUUID();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/webhook-service",
                type, subject, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), "application/json", null, data);
        var logged = new EventLogRepository.LoggedEvent(event.id(), "test", type, event.source(), subject, null, now,
                now, true, json.write(event));
        return Panache.withTransaction(() -> enabledEndpoint(endpointId)
                .chain(endpoint -> log.insert(logged))
                .chain(() -> messages.requeue(endpointId, event.id(), subject, "TEST", now)))
                .replaceWith(event.id());
    }

    private static boolean wants(Endpoint endpoint, EventLogRepository.EventHeader e) {
        boolean aboutItself = e.type().startsWith(EventIngestService.WEBHOOK_TYPES)
                && endpoint.id().toString().equals(e.subject());
        return !aboutItself && endpoint.wants(e.type(), e.market());
    }

    private Uni<Endpoint> enabledEndpoint(UUID id) {
        return endpoints.find(id).map(found -> {
            Endpoint endpoint = found.orElseThrow(() -> new NotFound("webhook endpoint", id));
            if (!endpoint.enabled()) {
                throw new StateConflict("the endpoint is disabled" + (endpoint.disabledReason() == null ? ""
                        : " (" + endpoint.disabledReason() + ")") + "; enable it first, then recover");
            }
            return endpoint;
        });
    }
}
