package dev.meridian.webhook.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.inbox.IdempotentConsumer;
import dev.meridian.webhook.service.ingest.EventIngestService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every topic integrators can subscribe to. Each event, once per event id (inbox), is logged and fanned out to the
 * matching endpoints in one transaction with its inbox record; every type is taken (endpoints filter, not we).
 */
@ApplicationScoped
public class TopicEventsConsumer {

    static final String CONSUMER = "webhook.ingest.";

    private final IdempotentConsumer consumer;
    private final EventIngestService ingest;

    public TopicEventsConsumer(IdempotentConsumer consumer, EventIngestService ingest) {
        this.consumer = consumer;
        this.ingest = ingest;
    }

    @Incoming("catalog-events")
    public Uni<Void> catalog(String message) {
        return consume("catalog.events", message);
    }

    @Incoming("checkout-events")
    public Uni<Void> checkout(String message) {
        return consume("checkout.events", message);
    }

    @Incoming("payment-events")
    public Uni<Void> payment(String message) {
        return consume("payment.events", message);
    }

    @Incoming("fulfillment-events")
    public Uni<Void> fulfillment(String message) {
        return consume("fulfillment.events", message);
    }

    @Incoming("compliance-events")
    public Uni<Void> compliance(String message) {
        return consume("compliance.events", message);
    }

    @Incoming("webhook-events")
    public Uni<Void> webhook(String message) {
        return consume(WebhookEvents.TOPIC, message);
    }

    private Uni<Void> consume(String topic, String message) {
        return consumer.consume(CONSUMER + topic, message, type -> true, JsonNode.class,
                // The body every endpoint receives is the CloudEvent exactly as it was published.
                (CloudEvent event, JsonNode data) -> ingest.ingest(topic, event, message));
    }
}
