package dev.meridian.webhook.persistence;

import dev.meridian.webhook.domain.delivery.MessageSummary;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages (one per endpoint and event) and their delivery state, in the caller's session and transaction. Claiming
 * uses {@code for update skip locked}, so several instances share the work without taking the same message twice.
 */
@ApplicationScoped
public class MessageRepository {

    /** A claimed message with everything needed to send it. */
    public record Claimed(UUID messageId, UUID endpointId, String eventId, String eventType, int attemptNumber,
                          String trigger, String payload) {
    }

    /** The delivery state of one message, read under its row lock. */
    public record State(UUID id, UUID endpointId, String eventId, String status, int attempts, String trigger) {
    }

    /** Queue depth and the oldest undelivered message of one endpoint. */
    public record QueueStats(UUID endpointId, long pending, Instant oldestCreatedAt) {
    }

    private static final String INSERT = """
            insert into webhook_message (id, endpoint_id, event_id, aggregate, status, attempts, next_attempt_at,
              trigger, created_at, updated_at)
            values (:id, :endpoint, :event, :aggregate, 'PENDING', 0, :now, :trigger, :now, :now)
            on conflict (endpoint_id, event_id) do nothing""";

    /**
     * Queues the event for the endpoint again from the start of the schedule (resend, recover, replay, test): a new
     * message, or the existing one reset; a message being sent right now is left alone.
     */
    private static final String REQUEUE = """
            insert into webhook_message (id, endpoint_id, event_id, aggregate, status, attempts, next_attempt_at,
              trigger, created_at, updated_at)
            values (:id, :endpoint, :event, :aggregate, 'PENDING', 0, :now, :trigger, :now, :now)
            on conflict (endpoint_id, event_id) do update set status = 'PENDING', attempts = 0,
              next_attempt_at = excluded.next_attempt_at, first_attempt_at = null, lease_until = null,
              trigger = excluded.trigger, updated_at = excluded.updated_at
            where webhook_message.status <> 'SENDING'""";

    private static final String DUE_ENDPOINTS = """
            select distinct m.endpoint_id from webhook_message m join webhook_endpoint e on e.id = m.endpoint_id
            where e.enabled and m.status in ('PENDING', 'SENDING')
              and (m.status = 'PENDING' and m.next_attempt_at <= :now or m.status = 'SENDING' and m.lease_until <= :now)""";

    /**
     * Due messages of one endpoint, oldest first. With per-aggregate ordering a message waits while an earlier
     * message of its aggregate is being sent, has not been tried yet, or has been failing for less than the
     * head-of-line timeout.
     */
    private static final String DUE = """
            select m.id from webhook_message m
            where m.endpoint_id = :endpoint and m.status in ('PENDING', 'SENDING')
              and (m.status = 'PENDING' and m.next_attempt_at <= :now or m.status = 'SENDING' and m.lease_until <= :now)
              and (not :ordered or m.aggregate = '' or not exists (
                select 1 from webhook_message p
                where p.endpoint_id = m.endpoint_id and p.aggregate = m.aggregate and p.seq < m.seq
                  and p.status in ('PENDING', 'SENDING')
                  and (p.status = 'SENDING' and p.lease_until > :now or p.first_attempt_at is null
                       or p.first_attempt_at > :holCutoff)))
            order by m.seq
            limit :limit
            for update of m skip locked""";

    private static final String CLAIM = """
            update webhook_message set status = 'SENDING', lease_until = :lease,
              first_attempt_at = coalesce(first_attempt_at, :now), updated_at = :now
            where id in (:ids)""";

    private static final String LOAD_CLAIMED = """
            select m.id, m.endpoint_id, m.event_id, l.type, m.attempts, m.trigger, l.payload
            from webhook_message m join event_log l on l.event_id = m.event_id
            where m.id in (:ids) order by m.seq""";

    public Uni<Integer> insert(UUID endpointId, String eventId, String aggregate, String trigger, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter("id", UUID.randomUUID()).setParameter("endpoint", endpointId)
                .setParameter("event", eventId).setParameter("aggregate", aggregate == null ? "" : aggregate)
                .setParameter("trigger", trigger).setParameter("now", now).executeUpdate());
    }

    /** @return 1 when the message was queued (again), 0 when it is being sent right now */
    public Uni<Integer> requeue(UUID endpointId, String eventId, String aggregate, String trigger, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(REQUEUE)
                .setParameter("id", UUID.randomUUID()).setParameter("endpoint", endpointId)
                .setParameter("event", eventId).setParameter("aggregate", aggregate == null ? "" : aggregate)
                .setParameter("trigger", trigger).setParameter("now", now).executeUpdate());
    }

    public Uni<List<UUID>> endpointsWithDueMessages(Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(DUE_ENDPOINTS, Object.class)
                        .setParameter("now", now).getResultList())
                .map(rows -> rows.stream().map(Rows::uuid).toList());
    }

    /** Claims up to {@code limit} due messages of the endpoint until {@code leaseUntil}. */
    public Uni<List<Claimed>> claim(UUID endpointId, boolean ordered, Instant now, Instant holCutoff,
                                    Instant leaseUntil, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(DUE, Object.class)
                .setParameter("endpoint", endpointId).setParameter("ordered", ordered).setParameter("now", now)
                .setParameter("holCutoff", holCutoff).setParameter("limit", limit)
                .getResultList()
                .chain(rows -> {
                    List<UUID> ids = rows.stream().map(Rows::uuid).toList();
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(List.<Claimed>of());
                    }
                    return s.createNativeQuery(CLAIM).setParameter("lease", leaseUntil).setParameter("now", now)
                            .setParameter("ids", ids).executeUpdate()
                            .chain(() -> s.createNativeQuery(LOAD_CLAIMED, Object[].class)
                                    .setParameter("ids", ids).getResultList())
                            .map(loaded -> loaded.stream().map(r -> new Claimed(Rows.uuid(r[0]), Rows.uuid(r[1]),
                                    Rows.text(r[2]), Rows.text(r[3]), Rows.integer(r[4]) + 1, Rows.text(r[5]),
                                    Rows.text(r[6]))).toList());
                }));
    }

    public Uni<Optional<State>> lock(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select id, endpoint_id, event_id, status, attempts, trigger from webhook_message
                        where id = :id for update""", Object[].class).setParameter("id", id).getResultList())
                .map(rows -> rows.stream().findFirst().map(r -> new State(Rows.uuid(r[0]), Rows.uuid(r[1]),
                        Rows.text(r[2]), Rows.text(r[3]), Rows.integer(r[4]), Rows.text(r[5]))));
    }

    public Uni<Integer> succeeded(UUID id, int attempts, Instant now) {
        return finish(id, "SUCCEEDED", attempts, now);
    }

    public Uni<Integer> failed(UUID id, int attempts, Instant now) {
        return finish(id, "FAILED", attempts, now);
    }

    private Uni<Integer> finish(UUID id, String status, int attempts, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update webhook_message set status = :status, attempts = :attempts, next_attempt_at = null,
                          lease_until = null, updated_at = :now where id = :id""")
                .setParameter("status", status).setParameter("attempts", attempts).setParameter("now", now)
                .setParameter("id", id).executeUpdate());
    }

    public Uni<Integer> retryAt(UUID id, int attempts, Instant at, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update webhook_message set status = 'PENDING', attempts = :attempts, next_attempt_at = :at,
                          lease_until = null, updated_at = :now where id = :id""")
                .setParameter("attempts", attempts).setParameter("at", at).setParameter("now", now)
                .setParameter("id", id).executeUpdate());
    }

    /** Failed messages of the endpoint whose failure was recorded in [since, until): queued again. */
    public Uni<Integer> recoverFailed(UUID endpointId, Instant since, Instant until, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update webhook_message set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                          first_attempt_at = null, lease_until = null, trigger = 'RECOVER', updated_at = :now
                        where endpoint_id = :endpoint and status = 'FAILED'
                          and updated_at >= :since and updated_at < :until""")
                .setParameter("endpoint", endpointId).setParameter("since", since).setParameter("until", until)
                .setParameter("now", now).executeUpdate());
    }

    /** Aggregate of a message, to queue it again; empty when the endpoint never had this event. */
    public Uni<Optional<String>> aggregateOf(UUID endpointId, String eventId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select aggregate from webhook_message where endpoint_id = :endpoint and event_id = :event",
                        Object.class).setParameter("endpoint", endpointId).setParameter("event", eventId)
                .getResultList()).map(rows -> rows.stream().findFirst().map(Rows::text));
    }

    /** A page of the endpoint's messages (filters optional), in arrival order after {@code afterSeq}. */
    public Uni<List<MessageSummary>> page(UUID endpointId, String status, String eventId, Instant from, Instant to,
                                      long afterSeq, int limit) {
        StringBuilder sql = new StringBuilder("""
                select m.id, m.endpoint_id, m.event_id, l.type, m.aggregate, m.status, m.attempts, m.next_attempt_at,
                  m.trigger, m.created_at, m.updated_at, m.seq
                from webhook_message m join event_log l on l.event_id = m.event_id
                where m.endpoint_id = :endpoint and m.seq > :after""");
        if (status != null) {
            sql.append(" and m.status = :status");
        }
        if (eventId != null) {
            sql.append(" and m.event_id = :event");
        }
        if (from != null) {
            sql.append(" and m.created_at >= :from");
        }
        if (to != null) {
            sql.append(" and m.created_at < :to");
        }
        sql.append(" order by m.seq limit :limit");
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql.toString(), Object[].class).setParameter("endpoint", endpointId)
                    .setParameter("after", afterSeq).setParameter("limit", limit);
            if (status != null) {
                q.setParameter("status", status);
            }
            if (eventId != null) {
                q.setParameter("event", eventId);
            }
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
            return q.getResultList();
        }).map(rows -> {
            List<MessageSummary> out = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                out.add(new MessageSummary(Rows.uuid(r[0]), Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                        EventLogRepository.blankToNull(Rows.text(r[4])), Rows.text(r[5]), Rows.integer(r[6]),
                        Rows.instant(r[7]), Rows.text(r[8]), Rows.instant(r[9]), Rows.instant(r[10]),
                        Rows.number(r[11])));
            }
            return out;
        });
    }

    /** Per endpoint: messages not yet delivered (pending or being sent) and when the oldest of them arrived. */
    public Uni<List<QueueStats>> queueStats() {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select endpoint_id, count(*), min(created_at) from webhook_message
                        where status in ('PENDING', 'SENDING') group by endpoint_id""", Object[].class)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new QueueStats(Rows.uuid(r[0]), Rows.number(r[1]),
                        Rows.instant(r[2]))).toList());
    }
}
