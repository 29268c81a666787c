package dev.meridian.webhook.persistence;

import dev.meridian.webhook.domain.delivery.LoggedAttempt;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The delivery log: every attempt, in the caller's session and transaction. */
@ApplicationScoped
public class AttemptRepository {

    /** Which attempts a query wants; null fields do not filter. */
    public record Filter(UUID endpointId, String eventId, String outcome, Instant from, Instant to) {
    }

    private static final String INSERT = """
            insert into delivery_attempt (message_id, endpoint_id, event_id, event_type, attempt_number, trigger,
              attempted_at, outcome, response_status, latency_ms, response_excerpt, error, url)
            values (:message, :endpoint, :event, :type, :number, :trigger, :at, :outcome, nullif(:status, -1),
              :latency, nullif(:excerpt, ''), nullif(:error, ''), :url)""";

    public Uni<Integer> insert(LoggedAttempt a) {
        return Panache.getSession().chain(s -> s.createNativeQuery(INSERT)
                .setParameter("message", a.messageId()).setParameter("endpoint", a.endpointId())
                .setParameter("event", a.eventId()).setParameter("type", a.eventType())
                .setParameter("number", a.attemptNumber()).setParameter("trigger", a.trigger())
                .setParameter("at", a.attemptedAt()).setParameter("outcome", a.outcome())
                .setParameter("status", a.responseStatus() == null ? -1 : a.responseStatus())
                .setParameter("latency", a.latencyMs())
                .setParameter("excerpt", a.responseExcerpt() == null ? "" : a.responseExcerpt())
                .setParameter("error", a.error() == null ? "" : a.error())
                .setParameter("url", a.url()).executeUpdate());
    }

    /** Attempts matching the filter, oldest first, after the attempt id {@code afterId}. */
    public Uni<List<LoggedAttempt>> page(Filter f, long afterId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, message_id, endpoint_id, event_id, event_type, attempt_number, trigger, attempted_at,
                  outcome, response_status, latency_ms, response_excerpt, error, url
                from delivery_attempt where id > :after""");
        if (f.endpointId() != null) {
            sql.append(" and endpoint_id = :endpoint");
        }
        if (f.eventId() != null) {
            sql.append(" and event_id = :event");
        }
        if (f.outcome() != null) {
            sql.append(" and outcome = :outcome");
        }
        if (f.from() != null) {
            sql.append(" and attempted_at >= :from");
        }
        if (f.to() != null) {
            sql.append(" and attempted_at < :to");
        }
        sql.append(" order by id limit :limit");
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql.toString(), Object[].class).setParameter("after", afterId)
                    .setParameter("limit", limit);
            if (f.endpointId() != null) {
                q.setParameter("endpoint", f.endpointId());
            }
            if (f.eventId() != null) {
                q.setParameter("event", f.eventId());
            }
            if (f.outcome() != null) {
                q.setParameter("outcome", f.outcome());
            }
            if (f.from() != null) {
                q.setParameter("from", f.from());
            }
            if (f.to() != null) {
                q.setParameter("to", f.to());
            }
            return q.getResultList();
        }).map(rows -> {
            List<LoggedAttempt> out = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                Integer status = Rows.integer(r[9]);
                out.add(new LoggedAttempt(Rows.number(r[0]), Rows.uuid(r[1]), Rows.uuid(r[2]), Rows.text(r[3]),
                        Rows.text(r[4]), Rows.integer(r[5]), Rows.text(r[6]), Rows.instant(r[7]), Rows.text(r[8]),
                        status == null || status < 0 ? null : status, Rows.number(r[10]),
                        EventLogRepository.blankToNull(Rows.text(r[11])),
                        EventLogRepository.blankToNull(Rows.text(r[12])), Rows.text(r[13])));
            }
            return out;
        });
    }
}
