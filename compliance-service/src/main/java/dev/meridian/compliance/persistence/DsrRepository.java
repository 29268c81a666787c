package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.compliance.domain.dsr.ServiceAck;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Data-subject requests and acknowledgements. Reads and writes join the caller's session or transaction; the two
 * counts for the gauges run on the pool, outside any request.
 */
@ApplicationScoped
public class DsrRepository {

    private static final String OPEN = "select count(*) from dsr_request where status = 'OPEN'";
    private static final String OVERDUE = "select count(*) from dsr_request where status = 'OPEN' and deadline < $1";

    private final Pool pool;

    public DsrRepository(Pool pool) {
        this.pool = pool;
    }


    public Uni<Void> insert(DataSubjectRequest r) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into dsr_request (id, subject_id, kind, regulation, received_at, deadline, expected_services, status)
                        values (:id, :subject, :kind, :regulation, :received, :deadline, :services, :status)""")
                .setParameter("id", r.id()).setParameter("subject", r.subjectId()).setParameter("kind", r.kind().name())
                .setParameter("regulation", r.regulation().name()).setParameter("received", SqlTimes.utc(r.receivedAt()))
                .setParameter("deadline", SqlTimes.utc(r.deadline())).setParameter("services", String.join(",", r.expectedServices()))
                .setParameter("status", r.status().name()).executeUpdate()).replaceWithVoid();
    }

    /** Locks the request row: concurrent acknowledgements are applied one after the other. */
    public Uni<Optional<DataSubjectRequest>> findForUpdate(UUID id) {
        return find(id, " for update");
    }

    public Uni<Optional<DataSubjectRequest>> find(UUID id) {
        return find(id, "");
    }

    private Uni<Optional<DataSubjectRequest>> find(UUID id, String lock) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select subject_id, kind, regulation, received_at, deadline, expected_services, status, completed_at
                        from dsr_request where id = :id""" + lock, Object[].class).setParameter("id", id).getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<DataSubjectRequest>empty())
                        : s.createNativeQuery("select service, outcome, data, at from dsr_ack where request_id = :id order by at",
                                Object[].class).setParameter("id", id).getResultList()
                        .map(acks -> Optional.of(DsrMapper.toDomain(id, rows.getFirst(), acks)))));
    }

    /** Every request of one data subject, newest first (acknowledgements included). */
    public Uni<List<DataSubjectRequest>> findBySubject(String subjectId, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select id from dsr_request where subject_id = :subject order by received_at desc limit :limit", Object.class)
                .setParameter("subject", subjectId).setParameter("limit", limit).getResultList())
                .chain(ids -> {
                    Uni<List<DataSubjectRequest>> out = Uni.createFrom().item(new ArrayList<>());
                    for (Object id : ids) {
                        UUID requestId = id instanceof UUID u ? u : UUID.fromString(id.toString());
                        out = out.chain(list -> find(requestId).map(found -> {
                            found.ifPresent(list::add);
                            return list;
                        }));
                    }
                    return out;
                });
    }

    public Uni<Void> insertAck(UUID requestId, ServiceAck ack) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into dsr_ack (request_id, service, outcome, data, at) values (:id, :service, :outcome, :data, :at)""")
                .setParameter("id", requestId).setParameter("service", ack.service()).setParameter("outcome", ack.outcome())
                .setParameter("data", ack.dataJson()).setParameter("at", SqlTimes.utc(ack.at())).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> updateStatus(DataSubjectRequest r) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update dsr_request set status = :status, completed_at = :completed where id = :id")
                .setParameter("status", r.status().name())
                .setParameter("completed", r.completedAt() == null ? null : SqlTimes.utc(r.completedAt()))
                .setParameter("id", r.id()).executeUpdate()).replaceWithVoid();
    }

    public Uni<Long> countOpen() {
        return pool.query(OPEN).execute().map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Long> countOverdue(Instant now) {
        return pool.preparedQuery(OVERDUE).execute(Tuple.of(SqlTimes.utc(now))).map(rows -> rows.iterator().next().getLong(0));
    }

}
