package dev.meridian.platform.it;

import dev.meridian.platform.inbox.IdempotentConsumer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies an effect that would double on a redelivery, unless the inbox stops it. */
@ApplicationScoped
public class ProbeConsumer {

    private final IdempotentConsumer consumer;

    public ProbeConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("probe-events")
    public Uni<Void> consume(String message) {
        return consumer.consume("probe", message, type -> type.startsWith("meridian.probe."), Map.class,
                (event, data) -> Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into probe_effect (event_id, key) values (:id, :key)")
                        .setParameter("id", event.id())
                        .setParameter("key", String.valueOf(data.get("key")))
                        .executeUpdate()));
    }
}
