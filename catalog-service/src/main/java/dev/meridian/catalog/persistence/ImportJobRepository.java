package dev.meridian.catalog.persistence;

import dev.meridian.catalog.domain.imports.ClaimedJob;
import dev.meridian.catalog.domain.imports.ImportJob;
import dev.meridian.catalog.domain.imports.ImportLineError;
import dev.meridian.catalog.domain.imports.LostClaim;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs. {@code done_lines} is a cursor over the file's data lines that commits in the same transaction as the
 * line's own effect (or its error row), so after a crash a job resumes exactly after the last committed line.
 */
@ApplicationScoped
public class ImportJobRepository {

    private static final String COLUMNS = "id, format, status, total_lines, done_lines, applied, unchanged, failed, "
            + "attempts, created_at, started_at, finished_at, failure_reason";

    private final Pool pool;
    private final SqlRepository sql;

    public ImportJobRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    /** In the caller's transaction (the one that stores the Idempotency-Key's response). */
    public Uni<Integer> insert(UUID id, String format, String payload, int totalLines, Instant now) {
        return sql.update("""
                insert into import_job (id, format, status, total_lines, payload, created_at)
                values (:id, :format, 'queued', :total, :payload, :now)""",
                Map.of("id", id, "format", format, "total", totalLines, "payload", payload,
                        "now", now.atOffset(ZoneOffset.UTC)));
    }

    /**
     * Takes a queued job whose retry time has come, or a running one whose worker stopped moving, for this worker:
     * jobs that failed fewer times first, then the oldest, so a job that keeps failing never holds up the others.
     */
    public Uni<Optional<ClaimedJob>> claimNext(Duration staleAfter) {
        return pool.preparedQuery("""
                        update import_job set status = 'running', attempts = attempts + 1, heartbeat_at = now(),
                          started_at = coalesce(started_at, now())
                        where id = (select id from import_job
                                    where (status = 'queued' and (retry_at is null or retry_at <= now()))
                                       or (status = 'running' and heartbeat_at < now() - make_interval(secs => $1))
                                    order by attempts, created_at limit 1 for update skip locked)
                        returning id, format, payload, done_lines, attempts""")
                .execute(Tuple.of((double) staleAfter.toMillis() / 1000))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(claimed(rows.iterator().next())));
    }

    /**
     * Moves the cursor from {@code done - 1} to {@code done} in the caller's transaction and counts the line's
     * outcome; fails with {@link LostClaim} (rolling the line back) when the cursor is no longer where this worker
     * left it.
     */
    public Uni<Void> advance(UUID job, int done, int applied, int unchanged, int failed) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", job);
        p.put("done", done);
        p.put("a", applied);
        p.put("u", unchanged);
        p.put("f", failed);
        return sql.update("""
                update import_job set done_lines = :done, applied = applied + :a, unchanged = unchanged + :u,
                  failed = failed + :f, heartbeat_at = now()
                where id = :id and status = 'running' and done_lines = :done - 1""", p)
                .invoke(updated -> {
                    if (updated == 0) {
                        throw new LostClaim(job);
                    }
                }).replaceWithVoid();
    }

    /** In the caller's transaction, with {@link #advance}. */
    public Uni<Integer> recordError(UUID job, int line, String reason) {
        return sql.update("""
                insert into import_error (job_id, line, reason) values (:id, :line, :reason)
                on conflict (job_id, line) do update set reason = excluded.reason""",
                Map.of("id", job, "line", line, "reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason));
    }

    /**
     * Gives a job this worker could not continue (its file unreadable, the database gone) back to the queue with the
     * reason, to be resumed from its cursor after {@code backoff}; once it has had {@code maxAttempts}, it is failed
     * instead (and its file dropped). A job another worker took over is left alone.
     */
    public Uni<Integer> release(UUID job, String reason, int maxAttempts, Duration backoff) {
        return pool.preparedQuery("""
                        update import_job set failure_reason = $2,
                          status = case when attempts >= $3 then 'failed' else 'queued' end,
                          finished_at = case when attempts >= $3 then now() end,
                          payload = case when attempts >= $3 then '' else payload end,
                          retry_at = now() + make_interval(secs => $4)
                        where id = $1 and status = 'running'""")
                .execute(Tuple.of(job, truncate(reason), maxAttempts, (double) backoff.toMillis() / 1000))
                .map(r -> r.rowCount())
                .onFailure().recoverWithItem(0);
    }

    /** Gives a job up as failed with its reason (and drops its file). */
    public Uni<Integer> fail(UUID job, String reason) {
        return pool.preparedQuery("""
                        update import_job set status = 'failed', failure_reason = $2, finished_at = now(), payload = ''
                        where id = $1 and status = 'running'""")
                .execute(Tuple.of(job, truncate(reason))).map(r -> r.rowCount())
                .onFailure().recoverWithItem(0);
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    public Uni<Integer> complete(UUID job, Instant now) {
        return pool.preparedQuery("""
                        update import_job set status = 'completed', finished_at = $2, payload = ''
                        where id = $1 and status = 'running' and done_lines = total_lines""")
                .execute(Tuple.of(job, now.atOffset(ZoneOffset.UTC))).map(r -> r.rowCount());
    }

    public Uni<Optional<ImportJob>> find(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from import_job where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(job(rows.iterator().next())));
    }

    public Uni<List<ImportLineError>> errors(UUID id, int afterLine, int limit) {
        return pool.preparedQuery("select line, reason from import_error where job_id = $1 and line > $2 "
                        + "order by line limit $3")
                .execute(Tuple.of(id, afterLine, limit)).map(rows -> {
                    List<ImportLineError> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new ImportLineError(r.getInteger(0), r.getString(1))));
                    return out;
                });
    }

    private static ClaimedJob claimed(Row r) {
        return new ClaimedJob(r.getUUID(0), r.getString(1), r.getString(2), r.getInteger(3), r.getInteger(4));
    }

    private static ImportJob job(Row r) {
        return new ImportJob(r.getUUID(0), r.getString(1), r.getString(2), r.getInteger(3), r.getInteger(4), r.getInteger(5),
                r.getInteger(6), r.getInteger(7), r.getInteger(8), instant(r.getOffsetDateTime(9)),
                instant(r.getOffsetDateTime(10)), instant(r.getOffsetDateTime(11)), r.getString(12));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
