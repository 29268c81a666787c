package dev.meridian.webhook.service.delivery;

import dev.meridian.platform.webhook.StandardWebhooks;
import dev.meridian.webhook.domain.endpoint.WebhookSecret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Standard Webhooks headers of one attempt: {@code webhook-id} (the event id: the same on every retry, so
 * receivers de-duplicate on it), {@code webhook-timestamp} (seconds, the time of this attempt) and
 * {@code webhook-signature} (one {@code v1,…} per signing secret: two during a rotation's overlap).
 */
public final class Signatures {

    private Signatures() {
    }

    public static Map<String, String> headers(List<WebhookSecret> secrets, String webhookId, long timestamp,
                                              String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "Meridian-Webhooks/1");
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", secrets.stream()
                .map(s -> StandardWebhooks.signatureHeader(s.value(), webhookId, timestamp, body))
                .collect(Collectors.joining(" ")));
        return headers;
    }
}
