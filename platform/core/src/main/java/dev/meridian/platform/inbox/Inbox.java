package dev.meridian.platform.inbox;

import dev.meridian.platform.events.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Makes event consumers idempotent: the event id is recorded in the same transaction as the consumer's own
 * change, so a redelivered event (Kafka is at-least-once) finds its id and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final String CLAIM = """
            insert into inbox_event (consumer, event_id, event_type, processed_at)
            values (:consumer, :eventId, :type, now()) on conflict do nothing""";

    /**
     * Applies {@code effect} exactly once per (consumer, event id), in one transaction with the inbox record.
     *
     * @return true when the effect ran, false for a duplicate delivery
     */
    public Uni<Boolean> processOnce(String consumer, CloudEvent event, Supplier<Uni<?>> effect) {
        return Panache.withTransaction(() -> claim(consumer, event)
                .chain(first -> first ? effect.get().replaceWith(true) : Uni.createFrom().item(false)));
    }

    /** Records the event id in the caller's current transaction; false when it was already processed. */
    public Uni<Boolean> claim(String consumer, CloudEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", event.id())
                        .setParameter("type", event.type())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
