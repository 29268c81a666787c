package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SKUs fulfillment knows (physical data for shipping and customs), in the caller's session and transaction. They
 * are registered by admins and from catalog's product snapshots: {@link #applyCatalogVariant} applies one variant
 * only when the snapshot is newer than the one last applied (by catalog version, then snapshot time); HS code and
 * origin absent from the snapshot keep what is stored (an admin may have set them); weight likewise.
 */
@ApplicationScoped
public class SkuRepository {

    private static final String NEWER = """
            (sku.catalog_version is null
             or (cast(:version as bigint), cast(:updatedAt as timestamptz)) > (sku.catalog_version, sku.catalog_updated_at))""";
    private static final String UPSERT = """
            insert into sku (sku, weight_grams, hs_code, origin_country, description, created_at, catalog_product_id,
                             catalog_version, catalog_updated_at)
            values (:sku, :weight, cast(:hsCode as text), cast(:origin as text), :description, :now, :product,
                    :version, :updatedAt)
            on conflict (sku) do update set weight_grams = excluded.weight_grams,
              hs_code = coalesce(excluded.hs_code, sku.hs_code),
              origin_country = coalesce(excluded.origin_country, sku.origin_country),
              description = excluded.description, catalog_product_id = excluded.catalog_product_id,
              catalog_version = excluded.catalog_version, catalog_updated_at = excluded.catalog_updated_at
            where """ + NEWER;
    /** A variant without a weight cannot create a SKU (shipping needs it) but may still update one. */
    private static final String UPDATE_WITHOUT_WEIGHT = """
            update sku set hs_code = coalesce(cast(:hsCode as text), sku.hs_code),
              origin_country = coalesce(cast(:origin as text), sku.origin_country),
              description = :description, catalog_product_id = :product,
              catalog_version = :version, catalog_updated_at = :updatedAt
            where sku.sku = :sku and """ + NEWER;

    public record Variant(String sku, Integer weightGrams, String hsCode, String originCountry, String description,
                          String productId, long version, Instant updatedAt) {
    }

    /** @return rows changed: 0 when the stored SKU already reflects a newer (or the same) snapshot */
    public Uni<Integer> applyCatalogVariant(Variant v, Instant now) {
        String sql = v.weightGrams() == null ? UPDATE_WITHOUT_WEIGHT : UPSERT;
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql).setParameter("sku", v.sku()).setParameter("hsCode", v.hsCode())
                    .setParameter("origin", v.originCountry()).setParameter("description", v.description())
                    .setParameter("product", v.productId()).setParameter("version", v.version())
                    .setParameter("updatedAt", utc(v.updatedAt()));
            if (v.weightGrams() != null) {
                query.setParameter("weight", v.weightGrams()).setParameter("now", utc(now));
            }
            return query.executeUpdate();
        });
    }

    /** Which of these SKUs are registered. */
    public Uni<Set<String>> known(Collection<String> skus) {
        return SkuEntity.<SkuEntity>list("sku in ?1", Set.copyOf(skus))
                .map(found -> found.stream().map(s -> s.sku).collect(Collectors.toSet()));
    }

    /** Shipping weight in grams of each registered SKU among these. */
    public Uni<Map<String, Integer>> weights(Collection<String> skus) {
        return SkuEntity.<SkuEntity>list("sku in ?1", Set.copyOf(skus))
                .map(found -> found.stream().collect(Collectors.toMap(s -> s.sku, s -> s.weightGrams)));
    }

    /** Registers or replaces an SKU's shipping and customs data; true when it was new. */
    public Uni<Boolean> put(String sku, int weightGrams, String hsCode, String originCountry, String description,
                            Instant now) {
        return SkuEntity.<SkuEntity>findById(sku).chain(existing -> {
            SkuEntity e = existing != null ? existing : new SkuEntity();
            e.sku = sku;
            e.weightGrams = weightGrams;
            e.hsCode = hsCode;
            e.originCountry = originCountry;
            e.description = description;
            if (existing == null) {
                e.createdAt = now;
            }
            return e.persist().replaceWith(existing == null);
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
