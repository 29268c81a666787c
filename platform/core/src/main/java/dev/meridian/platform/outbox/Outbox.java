package dev.meridian.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the service's outbox table inside the caller's current Hibernate Reactive transaction:
 * the state change and its event commit together or not at all. {@link OutboxRelay} publishes later.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (id, topic, message_key, type, payload, created_at)
            values (:id, :topic, :key, :type, :payload, :createdAt)""";

    private final EventJson json;
    private final OutboxConfig config;
    private final Clock clock;

    public Outbox(EventJson json, OutboxConfig config, Clock clock) {
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param topic   Kafka topic, e.g. {@code catalog.events}
     * @param type    CloudEvents type, e.g. {@code meridian.catalog.product.created.v1}
     * @param subject aggregate id: the Kafka key, so one aggregate's events stay in order
     * @param data    the event payload (serialized with the service's ObjectMapper)
     * @return the event as recorded
     */
    public Uni<CloudEvent> record(String topic, String type, String subject, Object data) {
        JsonNode payload = json.mapper().valueToTree(data);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), config.source(),
                type, subject, now, "application/json", null, payload);
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("id", UUID.fromString(event.id()))
                        .setParameter("topic", topic)
                        .setParameter("key", subject)
                        .setParameter("type", type)
                        .setParameter("payload", json.write(event))
                        .setParameter("createdAt", now)
                        .executeUpdate())
                .replaceWith(event);
    }
}
