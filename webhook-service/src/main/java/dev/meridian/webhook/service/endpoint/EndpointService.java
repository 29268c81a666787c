package dev.meridian.webhook.service.endpoint;

import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.webhook.config.WebhookConfig;
import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.domain.endpoint.EndpointUrl;
import dev.meridian.webhook.domain.endpoint.EventTypeFilter;
import dev.meridian.webhook.domain.endpoint.OrderingMode;
import dev.meridian.webhook.domain.endpoint.WebhookSecret;
import dev.meridian.webhook.persistence.EndpointRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Endpoints: create (secret generated and shown once), read, replace under If-Match, rotate the secret, delete. */
@ApplicationScoped
public class EndpointService {

    private final EndpointRepository endpoints;
    private final WebhookConfig config;
    private final Clock clock;

    public EndpointService(EndpointRepository endpoints, WebhookConfig config, Clock clock) {
        this.endpoints = endpoints;
        this.config = config;
        this.clock = clock;
    }

    /** Checks the settings before any transaction opens (a 400 changes nothing). */
    public Endpoint.Settings settings(EndpointCommand c) {
        OrderingMode ordering;
        try {
            ordering = c.ordering() == null ? OrderingMode.PER_AGGREGATE
                    : OrderingMode.valueOf(c.ordering().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("ordering", "must be PER_AGGREGATE or NONE");
        }
        return new Endpoint.Settings(EndpointUrl.parse(c.url(), config.destinations().httpsOnly()), c.description(),
                EventTypeFilter.of(c.eventTypes()), c.market(), c.enabled() == null || c.enabled(),
                c.throttlePerSecond(), ordering);
    }

    public Uni<CreatedEndpoint> create(Endpoint.Settings settings) {
        WebhookSecret secret = WebhookSecret.generate();
        Endpoint endpoint = Endpoint.create(UUID.randomUUID(), settings, secret, clock.instant());
        return Panache.withTransaction(() -> endpoints.insert(endpoint))
                .map(stored -> new CreatedEndpoint(stored, secret));
    }

    public Uni<Endpoint> get(UUID id) {
        return Panache.withSession(() -> endpoints.find(id))
                .map(found -> found.orElseThrow(() -> new NotFound("webhook endpoint", id)));
    }

    public Uni<List<Endpoint>> page(UUID after, int limit) {
        return Panache.withSession(() -> endpoints.page(after, limit));
    }

    /** Replaces the settings of the version the caller read ({@code expectedVersion}, from If-Match). */
    public Uni<Endpoint> replace(UUID id, long expectedVersion, Endpoint.Settings settings) {
        return Panache.withTransaction(() -> endpoints.find(id).chain(found -> {
            Endpoint current = found.orElseThrow(() -> new NotFound("webhook endpoint", id));
            if (current.version() != expectedVersion) {
                throw new PreconditionFailed("the endpoint has changed since it was read (version "
                        + current.version() + "); read it again and reapply your change");
            }
            return endpoints.update(current.update(settings, clock.instant()));
        }));
    }

    /** A new secret signs from now on; the previous one keeps signing during the configured overlap. */
    public Uni<CreatedEndpoint> rotateSecret(UUID id) {
        WebhookSecret next = WebhookSecret.generate();
        return Panache.withTransaction(() -> endpoints.find(id).chain(found -> {
            Endpoint current = found.orElseThrow(() -> new NotFound("webhook endpoint", id));
            return endpoints.update(current.rotate(next, clock.instant(), config.secrets().rotationOverlap()));
        })).map(rotated -> new CreatedEndpoint(rotated, next));
    }

    /** Deletes the endpoint with its messages and delivery log. */
    public Uni<Void> delete(UUID id) {
        return Panache.withTransaction(() -> endpoints.delete(id)).map(deleted -> {
            if (!deleted) {
                throw new NotFound("webhook endpoint", id);
            }
            return null;
        });
    }
}
