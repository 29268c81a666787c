package dev.meridian.compliance.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The merchant's protected terms; every call joins the caller's session or transaction. */
@ApplicationScoped
public class ProtectedTermRepository {

    public Uni<List<String>> all() {
        return Panache.getSession().chain(s -> s.createNativeQuery("select term from protected_term order by term",
                String.class).getResultList());
    }

    public Uni<Void> add(String term, String actor, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into protected_term (term, created_at, created_by) values (:term, :at, :actor)")
                .setParameter("term", term).setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("actor", actor).executeUpdate())
                .replaceWithVoid();
    }
}
