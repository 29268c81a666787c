package dev.meridian.webhook.service.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.persistence.EndpointRepository;
import dev.meridian.webhook.persistence.EventLogRepository;
import dev.meridian.webhook.persistence.MessageRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Takes in one consumed event, in the consumer's transaction (with its inbox record): logs it (the source of truth
 * for replay) and queues one message for every enabled endpoint that subscribes to it.
 */
@ApplicationScoped
public class EventIngestService {

    public static final String WEBHOOK_TYPES = "meridian.webhook.";

    private final EventLogRepository log;
    private final EndpointRepository endpoints;
    private final MessageRepository messages;
    private final Clock clock;

    public EventIngestService(EventLogRepository log, EndpointRepository endpoints, MessageRepository messages,
                              Clock clock) {
        this.log = log;
        this.endpoints = endpoints;
        this.messages = messages;
        this.clock = clock;
    }

    /** Must run inside a transaction. */
    public Uni<Integer> ingest(String topic, CloudEvent event, String json) {
        Instant now = clock.instant();
        String market = marketOf(event.data());
        Instant time = event.time() == null ? now : event.time().toInstant();
        var logged = new EventLogRepository.LoggedEvent(event.id(), topic, event.type(), event.source(),
                event.subject(), market, time, now, false, json);
        return log.insert(logged).chain(first -> first ? fanOut(event, market, now) : Uni.createFrom().item(0));
    }

    private Uni<Integer> fanOut(CloudEvent event, String market, Instant now) {
        return endpoints.enabled().chain(all -> {
            List<Endpoint> targets = all.stream().filter(e -> wants(e, event, market)).toList();
            return Multi.createFrom().iterable(targets).onItem()
                    .transformToUniAndConcatenate(e -> messages.insert(e.id(), event.id(), event.subject(), "EVENT", now))
                    .collect().asList().map(List::size);
        });
    }

    /** Operational events about an endpoint never go to that endpoint (a failing endpoint would feed itself). */
    public static boolean wants(Endpoint endpoint, CloudEvent event, String market) {
        boolean aboutItself = event.type().startsWith(WEBHOOK_TYPES) && endpoint.id().toString().equals(event.subject());
        return !aboutItself && endpoint.wants(event.type(), market);
    }

    /** The market an event is about: {@code data.market} when the producer states one. */
    public static String marketOf(JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        JsonNode market = data.get("market");
        return market != null && market.isTextual() ? market.asText() : null;
    }
}
