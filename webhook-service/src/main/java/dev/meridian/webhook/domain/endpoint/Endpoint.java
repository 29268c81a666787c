package dev.meridian.webhook.domain.endpoint;

import dev.meridian.platform.failure.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A subscription of an ERP/CRM integrator: where to deliver, which events, and how (throttle, ordering). Its
 * secret signs every message; after a rotation the previous secret keeps signing until {@code previousExpiresAt},
 * so receivers can switch without downtime.
 */
public record Endpoint(UUID id, EndpointUrl url, String description, EventTypeFilter eventTypes, String market,
                       boolean enabled, String disabledReason, Integer throttlePerSecond, OrderingMode ordering,
                       WebhookSecret secret, WebhookSecret previousSecret, Instant previousExpiresAt,
                       Instant createdAt, Instant updatedAt, long version) {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_THROTTLE = 10_000;

    /** The editable settings, checked together. */
    public record Settings(EndpointUrl url, String description, EventTypeFilter eventTypes, String market,
                           boolean enabled, Integer throttlePerSecond, OrderingMode ordering) {

        public Settings {
            RuleViolation.require(description == null || description.length() <= MAX_DESCRIPTION, "description",
                    "must be at most " + MAX_DESCRIPTION + " characters");
            RuleViolation.require(market == null || market.matches("[A-Z]{2}"), "market",
                    "must be an ISO 3166-1 alpha-2 market code such as DE");
            RuleViolation.require(throttlePerSecond == null || throttlePerSecond >= 1 && throttlePerSecond <= MAX_THROTTLE,
                    "throttlePerSecond", "must be between 1 and " + MAX_THROTTLE + " messages per second");
            RuleViolation.require(ordering != null, "ordering", "must be PER_AGGREGATE or NONE");
        }
    }

    public static Endpoint create(UUID id, Settings settings, WebhookSecret secret, Instant now) {
        return new Endpoint(id, settings.url(), settings.description(), settings.eventTypes(), settings.market(),
                settings.enabled(), null, settings.throttlePerSecond(), settings.ordering(), secret, null, null,
                now, now, 0);
    }

    /** New settings; enabling again clears the reason it was disabled (its failure window starts from zero). */
    public Endpoint update(Settings settings, Instant now) {
        return new Endpoint(id, settings.url(), settings.description(), settings.eventTypes(), settings.market(),
                settings.enabled(), settings.enabled() ? null : disabledReason, settings.throttlePerSecond(),
                settings.ordering(), secret, previousSecret, previousExpiresAt, createdAt, now, version);
    }

    /** The new secret signs from now on; the current one keeps signing for {@code overlap}. */
    public Endpoint rotate(WebhookSecret next, Instant now, Duration overlap) {
        return new Endpoint(id, url, description, eventTypes, market, enabled, disabledReason, throttlePerSecond,
                ordering, next, secret, now.plus(overlap), createdAt, now, version);
    }

    /** The secrets a message sent at {@code now} is signed with: the current one, and the previous during overlap. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousSecret != null && previousExpiresAt != null && now.isBefore(previousExpiresAt)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /**
     * Whether an event goes to this endpoint: its type matches, and with a market filter the event names that
     * market (events that name no market do not reach a market-filtered endpoint).
     */
    public boolean wants(String type, String eventMarket) {
        return enabled && eventTypes.matches(type) && (market == null || market.equals(eventMarket));
    }

    public boolean ordered() {
        return ordering == OrderingMode.PER_AGGREGATE;
    }
}
