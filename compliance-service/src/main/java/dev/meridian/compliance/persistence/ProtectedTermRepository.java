package dev.meridian.compliance.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The merchant's protected terms; every call joins the caller's session or transaction. */
@ApplicationScoped
public class ProtectedTermRepository {

    public Uni<List<String>> all() {
        return Panache.getSession().chain(s -> s.createNativeQuery("select term from protected_term order by term",
                String.class).getResultList());
    }

    /**
     * @return false when the term is protected already, also when a concurrent transaction has just added it (the
     *         insert waits for that one and then does nothing): a duplicate is never a unique-key failure
     */
    public Uni<Boolean> add(String term, String actor, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        insert into protected_term (term, created_at, created_by) values (:term, :at, :actor)
                        on conflict (term) do nothing""")
                .setParameter("term", term).setParameter("at", SqlTimes.utc(at))
                .setParameter("actor", actor).executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
