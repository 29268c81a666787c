package dev.meridian.catalog.persistence;

import dev.meridian.catalog.domain.product.HandleTaken;
import dev.meridian.catalog.domain.product.ProductHandle;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * URL handles per locale. A renamed handle stays as a non-current row, so the old URL answers with a permanent
 * redirect; a handle is unique per locale across all products, old ones included.
 */
@ApplicationScoped
public class HandleRepository {

    private final Pool pool;
    private final SqlRepository sql;

    public HandleRepository(Pool pool, SqlRepository sql) {
        this.pool = pool;
        this.sql = sql;
    }

    /** Makes {@code handles} the current ones of the product (in the caller's transaction). */
    public Uni<Void> sync(UUID productId, Map<String, String> handles) {
        return Multi.createFrom().iterable(handles.entrySet()).onItem()
                .transformToUniAndConcatenate(e -> sync(productId, e.getKey(), e.getValue()))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> sync(UUID productId, String locale, String handle) {
        return sql.update("""
                        update product_handle set current = false
                        where product_id = :product and locale = :locale and current and handle <> :handle""",
                        Map.of("product", productId, "locale", locale, "handle", handle))
                .chain(() -> sql.update("""
                        insert into product_handle (id, locale, handle, product_id, current)
                        values (:id, :locale, :handle, :product, true)
                        on conflict (locale, handle) do update set current = true
                        where product_handle.product_id = excluded.product_id""",
                        Map.of("id", UUID.randomUUID(), "locale", locale, "handle", handle, "product", productId)))
                .invoke(changed -> {
                    if (changed == 0) {
                        throw new HandleTaken(locale, handle);
                    }
                })
                .replaceWithVoid();
    }

    /** Rows with this handle in any of the locales, best first: current before old, in the order of {@code locales}. */
    public Uni<Optional<ProductHandle>> resolve(String handle, List<String> locales) {
        return pool.preparedQuery("""
                        select product_id, locale, handle, current from product_handle
                        where handle = $1 and locale = any($2)
                        order by array_position($2, locale), current desc limit 1""")
                .execute(Tuple.of(handle, locales.toArray(String[]::new)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toRow(rows.iterator().next())));
    }

    public Uni<List<ProductHandle>> currentFor(UUID productId) {
        return pool.preparedQuery("select product_id, locale, handle, current from product_handle "
                        + "where product_id = $1 and current order by locale")
                .execute(Tuple.of(productId)).map(rows -> {
                    List<ProductHandle> out = new ArrayList<>();
                    rows.forEach(r -> out.add(toRow(r)));
                    return out;
                });
    }

    private static ProductHandle toRow(io.vertx.mutiny.sqlclient.Row r) {
        return new ProductHandle(r.getUUID(0), r.getString(1), r.getString(2), r.getBoolean(3));
    }
}
