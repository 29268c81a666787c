package dev.meridian.webhook.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The service's own log of every event it consumed: what replay reads, exactly, and the body of every delivery. */
@ApplicationScoped
public class EventLogRepository {

    /** One logged event: its envelope fields and the CloudEvent JSON as delivered. */
    public record LoggedEvent(String eventId, String topic, String type, String source, String subject, String market,
                              Instant eventTime, Instant receivedAt, boolean test, String payload) {
    }

    /** What replay needs to decide whether an endpoint subscribes to an event. */
    public record EventHeader(String eventId, String type, String subject, String market) {
    }

    private static final String INSERT = """
            insert into event_log (event_id, topic, type, source, subject, market, event_time, received_at, test, payload)
            values (:id, :topic, :type, :source, :subject, :market, :time, :received, :test, :payload)
            on conflict (event_id) do nothing""";

    /** @return false when the event id was already logged (the first copy stays as it was) */
    public Uni<Boolean> insert(LoggedEvent e) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                        .setParameter("id", e.eventId()).setParameter("topic", e.topic())
                        .setParameter("type", e.type()).setParameter("source", e.source())
                        .setParameter("subject", e.subject() == null ? "" : e.subject())
                        .setParameter("market", e.market() == null ? "" : e.market())
                        .setParameter("time", e.eventTime()).setParameter("received", e.receivedAt())
                        .setParameter("test", e.test()).setParameter("payload", e.payload())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Events (not test events) whose CloudEvent time is in [from, to), oldest first. */
    public Uni<List<EventHeader>> inRange(Instant from, Instant to, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select event_id, type, subject, market from event_log
                        where not test and event_time >= :from and event_time < :to
                        order by event_time, received_at, event_id limit :limit""", Object[].class)
                        .setParameter("from", from).setParameter("to", to).setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new EventHeader(Rows.text(r[0]), Rows.text(r[1]),
                        blankToNull(Rows.text(r[2])), blankToNull(Rows.text(r[3])))).toList());
    }

    /** Logged events whose CloudEvent text contains {@code needle} (a JSON string literal), oldest first. */
    public Uni<List<LoggedEvent>> containing(String needle, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select event_id, topic, type, source, subject, market, event_time, received_at, test, payload
                        from event_log where strpos(payload, :needle) > 0 order by received_at, event_id limit :limit""",
                        Object[].class).setParameter("needle", needle).setParameter("limit", limit).getResultList())
                .map(rows -> rows.stream().map(r -> new LoggedEvent(Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), blankToNull(Rows.text(r[4])), blankToNull(Rows.text(r[5])),
                        Rows.instant(r[6]), Rows.instant(r[7]), Boolean.TRUE.equals(r[8]), Rows.text(r[9]))).toList());
    }

    /** Deletes the logged events whose CloudEvent text contains {@code needle}, with their messages and attempts. */
    public Uni<Integer> deleteContaining(String needle) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "delete from event_log where strpos(payload, :needle) > 0").setParameter("needle", needle)
                .executeUpdate());
    }

    /** Drops events received before {@code before}, with their messages and attempts (retention). */
    public Uni<Integer> deleteReceivedBefore(Instant before) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "delete from event_log where received_at < :before").setParameter("before", before).executeUpdate());
    }

    static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
