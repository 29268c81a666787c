package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.order.AxisChange;
import dev.meridian.checkout.domain.order.TimelineEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * An order's timeline (order_event) and the change feed (order_change), in the caller's transaction. The order row is
 * locked by the caller, so timeline numbers are taken without races; feed positions are taken under a transaction
 * lock so they are handed out in commit order.
 */
@ApplicationScoped
public class OrderHistoryRepository {

    public record Change(long position, UUID orderId, String eventType, Instant at) {
    }

    private static final String NEXT_SEQ = "select coalesce(max(seq), 0) from order_event where order_id = :order";
    private static final String APPEND = """
            insert into order_event (order_id, seq, at, axis, from_state, to_state, event_type, detail)
            values (:order, :seq, :at, :axis, cast(:from as text), :to, :type, cast(:detail as text))""";
    private static final String FEED_LOCK = "select pg_advisory_xact_lock(hashtextextended('checkout.order_change', 0))";
    private static final String CHANGE = "insert into order_change (order_id, event_type, at) values (:order, :type, :at)";
    private static final String TIMELINE = """
            select seq, at, axis, from_state, to_state, event_type, detail from order_event where order_id = :order
            order by seq""";
    private static final String FEED = """
            select position, order_id, event_type, at from order_change where position > :after order by position
            limit :limit""";

    /** Appends the moves of one event (or the event alone, axis "order", when it moved nothing). */
    public Uni<Void> append(UUID orderId, List<AxisChange> changes, String eventType, String detail, Instant at) {
        List<AxisChange> rows = changes.isEmpty() ? List.of(new AxisChange("order", null, "-")) : changes;
        return Panache.getSession().chain(s -> s.createNativeQuery(NEXT_SEQ, Integer.class)
                .setParameter("order", orderId).getSingleResult()
                .chain(last -> {
                    int[] seq = {last};
                    return Multi.createFrom().iterable(rows).onItem().transformToUniAndConcatenate(c -> s
                                    .createNativeQuery(APPEND).setParameter("order", orderId)
                                    .setParameter("seq", ++seq[0]).setParameter("at", at.atOffset(ZoneOffset.UTC))
                                    .setParameter("axis", c.axis()).setParameter("from", c.from())
                                    .setParameter("to", c.to()).setParameter("type", eventType)
                                    .setParameter("detail", detail).executeUpdate())
                            .collect().asList().replaceWithVoid();
                }));
    }

    /** Records a change in the feed; call it last in the transaction (it serialises feed writers until commit). */
    public Uni<Void> recordChange(UUID orderId, String eventType, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FEED_LOCK).getSingleResult()
                .chain(() -> s.createNativeQuery(CHANGE).setParameter("order", orderId).setParameter("type", eventType)
                        .setParameter("at", at.atOffset(ZoneOffset.UTC)).executeUpdate())).replaceWithVoid();
    }

    public Uni<List<TimelineEntry>> timeline(UUID orderId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(TIMELINE, Object[].class)
                .setParameter("order", orderId).getResultList()).map(rows -> rows.stream()
                .map(r -> new TimelineEntry(((Number) r[0]).intValue(), Times.instant(r[1]), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6])).toList());
    }

    public Uni<List<Change>> changesAfter(long position, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FEED, Object[].class)
                .setParameter("after", position).setParameter("limit", limit).getResultList()).map(rows -> rows.stream()
                .map(r -> new Change(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], Times.instant(r[3])))
                .toList());
    }
}
