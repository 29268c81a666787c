package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.audit.AuditChain;
import dev.meridian.compliance.domain.audit.AuditEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so an action and its audit entry
 * commit together. A transaction-scoped advisory lock serialises appends: the chain has exactly one head.
 */
@ApplicationScoped
public class AuditRepository {

    private static final long CHAIN_LOCK = 0x4155444954L;
    private static final String INSERT = """
            insert into audit_entry (seq, at, actor, action, subject, before_state, after_state, prev_hash, hash)
            values (:seq, :at, :actor, :action, :subject, :before, :after, :prevHash, :hash)""";

    private final Pool pool;
    private final Clock clock;

    public AuditRepository(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Must run inside a Hibernate Reactive transaction (Panache.withTransaction). */
    public Uni<AuditEntry> append(String actor, String action, String subject, String before, String after) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select 1 from pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult()
                .chain(() -> session.createNativeQuery("select seq, hash from audit_entry order by seq desc limit 1",
                        Object[].class).getResultList())
                .chain(rows -> {
                    AuditEntry previous = rows.isEmpty() ? null : new AuditEntry(((Number) rows.getFirst()[0]).longValue(),
                            null, null, null, null, null, null, null, (String) rows.getFirst()[1]);
                    AuditEntry entry = AuditChain.append(previous, clock.instant(), actor, action, subject, before, after);
                    return session.createNativeQuery(INSERT)
                            .setParameter("seq", entry.seq())
                            .setParameter("at", SqlTimes.utc(entry.at()))
                            .setParameter("actor", entry.actor())
                            .setParameter("action", entry.action())
                            .setParameter("subject", entry.subject())
                            .setParameter("before", entry.before())
                            .setParameter("after", entry.after())
                            .setParameter("prevHash", entry.prevHash())
                            .setParameter("hash", entry.hash())
                            .executeUpdate().replaceWith(entry);
                }));
    }

    public Uni<List<AuditEntry>> find(String subject, String actor, Instant from, Instant to, int limit) {
        return pool.preparedQuery("""
                        select * from audit_entry
                        where ($1::text is null or subject = $1) and ($2::text is null or actor = $2)
                          and ($3::timestamptz is null or at >= $3) and ($4::timestamptz is null or at < $4)
                        order by seq limit $5""")
                .execute(Tuple.tuple(Arrays.asList(subject, actor, SqlTimes.utc(from), SqlTimes.utc(to), limit)))
                .map(AuditRepository::entries);
    }

    /** Reads the whole chain in order and checks it; fine for the volumes of a compliance log. */
    public Uni<AuditChain.Verification> verify() {
        return pool.query("select * from audit_entry order by seq").execute()
                .map(rows -> AuditChain.verify(entries(rows)));
    }

    private static List<AuditEntry> entries(Iterable<Row> rows) {
        List<AuditEntry> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new AuditEntry(r.getLong("seq"), r.getOffsetDateTime("at").toInstant(), r.getString("actor"),
                    r.getString("action"), r.getString("subject"), r.getString("before_state"), r.getString("after_state"),
                    r.getString("prev_hash"), r.getString("hash")));
        }
        return out;
    }

}
