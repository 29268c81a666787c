package dev.meridian.webhook.messaging;

/**
 * The operational events of the webhook service (topic {@code webhook.events}, schemas in docs/events/webhook).
 * Local until the platform's EventTypes lists them (a platform change this module may not make itself).
 */
public final class WebhookEventTypes {

    public static final String TOPIC = "webhook.events";
    public static final String ENDPOINT_FAILING = "meridian.webhook.endpoint.failing.v1";
    public static final String ENDPOINT_DISABLED = "meridian.webhook.endpoint.disabled.v1";
    public static final String MESSAGE_EXHAUSTED = "meridian.webhook.message.exhausted.v1";

    private WebhookEventTypes() {
    }
}
