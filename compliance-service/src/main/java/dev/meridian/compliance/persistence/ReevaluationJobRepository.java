package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.restriction.ReevaluationJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Background re-evaluation jobs; every call joins the caller's session or transaction. */
@ApplicationScoped
public class ReevaluationJobRepository {

    private static final String COLUMNS = "id, reason, requested_by, requested_at, status, total, processed, changed, "
            + "cursor, started_at, finished_at";

    public Uni<Void> insert(ReevaluationJob job) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into reevaluation_job (id, reason, requested_by, requested_at, status)
                        values (:id, :reason, :by, :at, :status)""")
                .setParameter("id", job.id()).setParameter("reason", job.reason()).setParameter("by", job.requestedBy())
                .setParameter("at", SqlTimes.utc(job.requestedAt())).setParameter("status", job.status().name())
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Optional<ReevaluationJob>> find(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select " + COLUMNS
                        + " from reevaluation_job where id = :id", Object[].class).setParameter("id", id).getResultList())
                .map(rows -> rows.stream().findFirst().map(ReevaluationJobRepository::job));
    }

    /**
     * Claims the oldest queued job, or a running one whose worker stopped moving its cursor {@code staleAfter} ago
     * (that instance crashed: the job resumes after its cursor). Skips jobs another instance holds right now.
     */
    public Uni<Optional<ReevaluationJob>> claimNext(Instant now, Duration staleAfter) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update reevaluation_job set status = 'RUNNING', attempts = attempts + 1,
                          started_at = coalesce(started_at, :now), heartbeat_at = :now,
                          total = coalesce(total, (select count(*) from product_facts))
                        where id = (select id from reevaluation_job
                                    where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < :stale)
                                    order by requested_at limit 1 for update skip locked)
                        returning\s""" + COLUMNS, Object[].class)
                .setParameter("now", SqlTimes.utc(now)).setParameter("stale", SqlTimes.utc(now.minus(staleAfter))).getResultList())
                .map(rows -> rows.stream().findFirst().map(ReevaluationJobRepository::job));
    }

    /**
     * Moves the cursor past one product, fenced on the cursor the worker last saw: false when another worker took
     * the job over meanwhile (then this transaction must not commit its evaluation twice).
     */
    public Uni<Boolean> advance(UUID id, String expectedCursor, String cursor, boolean changed, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update reevaluation_job set cursor = :cursor, processed = processed + 1,
                          changed = changed + :changed, heartbeat_at = :now
                        where id = :id and status = 'RUNNING' and cursor is not distinct from cast(:expected as text)""")
                .setParameter("id", id).setParameter("cursor", cursor).setParameter("changed", changed ? 1 : 0)
                .setParameter("now", SqlTimes.utc(now)).setParameter("expected", expectedCursor).executeUpdate())
                .map(updated -> updated == 1);
    }

    public Uni<Void> complete(UUID id, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update reevaluation_job set status = 'COMPLETED', finished_at = :now, heartbeat_at = :now
                        where id = :id""")
                .setParameter("id", id).setParameter("now", SqlTimes.utc(now)).executeUpdate()).replaceWithVoid();
    }

    /** Puts a job whose worker failed back in the queue; it resumes after its cursor. */
    public Uni<Void> release(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update reevaluation_job set status = 'QUEUED' where id = :id and status = 'RUNNING'")
                .setParameter("id", id).executeUpdate()).replaceWithVoid();
    }

    private static ReevaluationJob job(Object[] r) {
        return new ReevaluationJob(r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), (String) r[1],
                (String) r[2], SqlTimes.instant(r[3]), ReevaluationJob.Status.valueOf((String) r[4]),
                r[5] == null ? null : ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                (String) r[8], SqlTimes.instant(r[9]), SqlTimes.instant(r[10]));
    }

}
