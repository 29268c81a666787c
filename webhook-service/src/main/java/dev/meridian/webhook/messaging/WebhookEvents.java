package dev.meridian.webhook.messaging;

import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Operational events through the outbox, in the caller's transaction; the subject is the endpoint id. This service
 * consumes its own topic too, so merchants subscribe to them like to any other event (never delivered to the endpoint
 * they are about).
 */
@ApplicationScoped
public class WebhookEvents {

    /** The webhook service's own topic: operational events only. */
    public static final String TOPIC = "webhook.events";

    private final Outbox outbox;

    public WebhookEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> endpointFailing(EndpointFailingData data) {
        return outbox.record(TOPIC, EventTypes.WEBHOOK_ENDPOINT_FAILING, data.endpointId().toString(),
                data).replaceWithVoid();
    }

    public Uni<Void> endpointDisabled(EndpointDisabledData data) {
        return outbox.record(TOPIC, EventTypes.WEBHOOK_ENDPOINT_DISABLED,
                data.endpointId().toString(), data).replaceWithVoid();
    }

    public Uni<Void> messageExhausted(MessageExhaustedData data) {
        return outbox.record(TOPIC, EventTypes.WEBHOOK_MESSAGE_EXHAUSTED,
                data.endpointId().toString(), data).replaceWithVoid();
    }
}
