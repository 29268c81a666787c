package dev.meridian.webhook.persistence;

import dev.meridian.webhook.domain.endpoint.Endpoint;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Endpoints, in the caller's session and transaction. */
@ApplicationScoped
public class EndpointRepository {

    /** The failure streak of an endpoint, read under its row lock. */
    public record Streak(Instant failingSince, int warnings) {
    }

    public Uni<Endpoint> insert(Endpoint endpoint) {
        EndpointEntity entity = EndpointMapper.toEntity(endpoint, new EndpointEntity());
        return entity.<EndpointEntity>persist().call(() -> Panache.getSession().chain(s -> s.flush()))
                .map(EndpointMapper::toDomain);
    }

    public Uni<Optional<Endpoint>> find(UUID id) {
        return EndpointEntity.<EndpointEntity>findById(id).map(e -> Optional.ofNullable(e).map(EndpointMapper::toDomain));
    }

    /** Stores the new state of an endpoint; the entity's version makes a concurrent writer lose with 409. */
    public Uni<Endpoint> update(Endpoint next) {
        return EndpointEntity.<EndpointEntity>findById(next.id())
                .chain(entity -> EndpointMapper.toEntity(next, entity).<EndpointEntity>persist())
                .call(() -> Panache.getSession().chain(s -> s.flush()))
                .map(EndpointMapper::toDomain);
    }

    /** A page of endpoints by id, after {@code after} (null: from the start). */
    public Uni<List<Endpoint>> page(UUID after, int limit) {
        var query = after == null ? EndpointEntity.<EndpointEntity>find("order by id")
                : EndpointEntity.<EndpointEntity>find("id > ?1 order by id", after);
        return query.page(0, limit).list().map(list -> list.stream().map(EndpointMapper::toDomain).toList());
    }

    public Uni<List<Endpoint>> enabled() {
        return EndpointEntity.<EndpointEntity>list("enabled = true")
                .map(list -> list.stream().map(EndpointMapper::toDomain).toList());
    }

    public Uni<Boolean> delete(UUID id) {
        return EndpointEntity.deleteById(id);
    }

    /** Locks the endpoint row (concurrent attempts of one endpoint update its streak one after another). */
    public Uni<Optional<Streak>> lockStreak(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select failing_since, failure_warnings from webhook_endpoint where id = :id for update",
                        Object[].class).setParameter("id", id).getResultList())
                .map(rows -> rows.stream().findFirst()
                        .map(r -> new Streak(Rows.instant(r[0]), Rows.integer(r[1]))));
    }

    /** Bookkeeping, not an edit: the version (ETag) stays as it is. */
    public Uni<Integer> saveStreak(UUID id, Instant failingSince, int warnings) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update webhook_endpoint set failing_since = :since, failure_warnings = :warnings where id = :id")
                .setParameter("since", failingSince).setParameter("warnings", warnings).setParameter("id", id)
                .executeUpdate());
    }

    public Uni<Integer> clearStreak(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update webhook_endpoint set failing_since = null, failure_warnings = 0
                        where id = :id and failing_since is not null""")
                .setParameter("id", id).executeUpdate());
    }

    /** Disables the endpoint; a new version, so a stale edit cannot silently enable it again. */
    public Uni<Integer> disable(UUID id, String reason, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        update webhook_endpoint set enabled = false, disabled_reason = :reason, updated_at = :now,
                          version = version + 1, failing_since = null, failure_warnings = 0
                        where id = :id and enabled""")
                .setParameter("reason", reason).setParameter("now", now).setParameter("id", id)
                .executeUpdate());
    }
}
