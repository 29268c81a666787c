package dev.meridian.catalog.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Runs native SQL inside the caller's Hibernate Reactive transaction (so it commits with the outbox). */
@ApplicationScoped
public class SqlRepository {

    public Uni<Integer> update(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    @SuppressWarnings("unchecked")
    public <T> Uni<List<T>> list(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query.getResultList().map(rows -> (List<T>) rows);
        });
    }

    public Uni<Void> flush() {
        return Panache.getSession().chain(session -> session.flush());
    }
}
