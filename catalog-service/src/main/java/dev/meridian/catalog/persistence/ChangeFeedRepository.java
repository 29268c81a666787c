package dev.meridian.catalog.persistence;

import dev.meridian.catalog.domain.product.ProductChange;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Products in the order of their last change, (updatedAt, id), for the integrators' change feed. */
@ApplicationScoped
public class ChangeFeedRepository {

    private final Pool pool;

    public ChangeFeedRepository(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} products changed after ({@code after}, {@code afterId}) and not after {@code horizon}. */
    public Uni<List<ProductChange>> after(OffsetDateTime after, UUID afterId, OffsetDateTime horizon, int limit) {
        return pool.preparedQuery("""
                        select id, sku, status, version, updated_at from product
                        where (updated_at > $1 or (updated_at = $1 and id > $2)) and updated_at <= $3
                        order by updated_at, id limit $4""")
                .execute(Tuple.of(after, afterId, horizon, limit)).map(rows -> {
                    List<ProductChange> items = new ArrayList<>();
                    for (Row r : rows) {
                        items.add(new ProductChange(r.getUUID(0), r.getString(1), r.getString(2), r.getLong(3),
                                r.getOffsetDateTime(4)));
                    }
                    return items;
                });
    }
}
