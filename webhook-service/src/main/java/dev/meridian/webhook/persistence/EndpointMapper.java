package dev.meridian.webhook.persistence;

import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.domain.endpoint.EndpointUrl;
import dev.meridian.webhook.domain.endpoint.EventTypeFilter;
import dev.meridian.webhook.domain.endpoint.OrderingMode;
import dev.meridian.webhook.domain.endpoint.WebhookSecret;
import java.net.URI;

final class EndpointMapper {

    private EndpointMapper() {
    }

    static Endpoint toDomain(EndpointEntity e) {
        return new Endpoint(e.id, new EndpointUrl(URI.create(e.url)), e.description,
                new EventTypeFilter(e.eventTypes.items()), e.market, e.enabled, e.disabledReason, e.throttlePerSecond,
                OrderingMode.valueOf(e.ordering), new WebhookSecret(e.secret),
                e.previousSecret == null ? null : new WebhookSecret(e.previousSecret), e.previousSecretExpiresAt,
                e.createdAt, e.updatedAt, e.version);
    }

    /** Copies everything but the version, which Hibernate owns (it guards concurrent writers). */
    static EndpointEntity toEntity(Endpoint d, EndpointEntity e) {
        e.id = d.id();
        e.url = d.url().toString();
        e.description = d.description();
        e.eventTypes = new EndpointEntity.Patterns(d.eventTypes().patterns());
        e.market = d.market();
        e.enabled = d.enabled();
        e.disabledReason = d.disabledReason();
        e.throttlePerSecond = d.throttlePerSecond();
        e.ordering = d.ordering().name();
        e.secret = d.secret().value();
        e.previousSecret = d.previousSecret() == null ? null : d.previousSecret().value();
        e.previousSecretExpiresAt = d.previousExpiresAt();
        e.createdAt = d.createdAt();
        e.updatedAt = d.updatedAt();
        return e;
    }
}
