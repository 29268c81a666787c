package dev.meridian.catalog.persistence;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every variant SKU and the product it belongs to, unique across the catalog. The constraint is deferred to commit,
 * so a duplicate rolls back the product together with its outbox event.
 */
@ApplicationScoped
public class VariantSkuRepository {

    private final SqlRepository sql;

    public VariantSkuRepository(SqlRepository sql) {
        this.sql = sql;
    }

    /** Makes {@code skus} the variant SKUs of the product (in the caller's transaction). */
    public Uni<Void> replace(UUID productId, Collection<String> skus) {
        return sql.update("delete from variant_sku where product_id = :id", Map.of("id", productId))
                .chain(() -> Multi.createFrom().iterable(skus).onItem()
                        .transformToUniAndConcatenate(sku -> sql.update(
                                "insert into variant_sku (sku, product_id) values (:sku, :id)",
                                Map.of("sku", sku, "id", productId)))
                        .collect().last())
                .replaceWithVoid();
    }

    /** The product a variant SKU belongs to, read in the caller's session. */
    public Uni<Optional<UUID>> productOf(String sku) {
        return sql.<Object>list("select cast(product_id as text) from variant_sku where sku = :sku", Map.of("sku", sku))
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(rows.getFirst().toString())));
    }
}
