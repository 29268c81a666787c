package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.catalog.SalesMarket;
import dev.meridian.checkout.domain.catalog.SellableVariant;
import dev.meridian.platform.money.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sellable-variant read model and the markets it names, in the caller's session and transaction. A snapshot
 * applies only when it is newer than the one stored for the variant, by (catalog version, snapshot time), so
 * redelivered and reordered events never move the model backwards.
 */
@ApplicationScoped
public class SellableVariantRepository {

    private static final String NEWER = """
            (cast(:version as bigint), cast(:updatedAt as timestamptz))
              > (sellable_variant.product_version, sellable_variant.product_updated_at)""";
    private static final String UPSERT = """
            insert into sellable_variant (sku, product_id, product_version, product_updated_at, product_status, title,
              options, brand, category_ids, tax_category, hs_code, origin_country, weight_grams, offers, updated_at)
            values (:sku, :productId, :version, :updatedAt, :status, cast(cast(:title as text) as jsonb),
              cast(cast(:options as text) as jsonb), cast(:brand as text), cast(cast(:categories as text) as jsonb),
              cast(:taxCategory as text), cast(:hsCode as text), cast(:origin as text), cast(:weight as integer),
              cast(cast(:offers as text) as jsonb), :now)
            on conflict (sku) do update set product_id = excluded.product_id,
              product_version = excluded.product_version, product_updated_at = excluded.product_updated_at,
              product_status = excluded.product_status, title = excluded.title, options = excluded.options,
              brand = excluded.brand, category_ids = excluded.category_ids, tax_category = excluded.tax_category,
              hs_code = excluded.hs_code, origin_country = excluded.origin_country,
              weight_grams = excluded.weight_grams, offers = excluded.offers, updated_at = excluded.updated_at
            where """ + NEWER;
    /** A variant that a newer snapshot of its product no longer lists is not sold any more. */
    private static final String RETIRE_DROPPED = """
            update sellable_variant set product_status = 'ARCHIVED', offers = '{"items":[]}'::jsonb,
              product_version = :version, product_updated_at = :updatedAt, updated_at = :now
            where product_id = :productId and not (sku = any(cast(:skus as text[]))) and """ + NEWER;
    private static final String MARKET = """
            insert into sales_market (code, currency, tax_inclusive, updated_at) values (:code, :currency, :inclusive, :now)
            on conflict (code) do update set currency = excluded.currency, tax_inclusive = excluded.tax_inclusive,
              updated_at = excluded.updated_at
            where (sales_market.currency, sales_market.tax_inclusive) is distinct from (excluded.currency, excluded.tax_inclusive)""";
    private static final String STOCK = """
            insert into variant_stock (sku, location, available, changed_at) values (:sku, :location, :available, :at)
            on conflict (sku, location) do update set available = excluded.available, changed_at = excluded.changed_at
            where variant_stock.changed_at < excluded.changed_at""";
    private static final String AVAILABLE = """
            select sku, sum(available) from variant_stock where sku = any(cast(:skus as text[])) group by sku""";

    /** @return how many variants changed: 0 when the stored model already reflects this snapshot or a newer one */
    public Uni<Integer> applySnapshot(UUID productId, long version, Instant updatedAt, List<SellableVariant> variants,
                                      Instant now) {
        String[] skus = variants.stream().map(SellableVariant::sku).toArray(String[]::new);
        return Multi.createFrom().iterable(variants)
                .onItem().transformToUniAndConcatenate(v -> upsert(v, now))
                .collect().with(Collectors.summingInt(Integer::intValue))
                .chain(changed -> Panache.getSession().chain(s -> s.createNativeQuery(RETIRE_DROPPED)
                                .setParameter("version", version).setParameter("updatedAt", utc(updatedAt))
                                .setParameter("now", utc(now)).setParameter("productId", productId)
                                .setParameter("skus", skus).executeUpdate())
                        .map(retired -> changed + retired));
    }

    private Uni<Integer> upsert(SellableVariant v, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT)
                .setParameter("sku", v.sku()).setParameter("productId", v.productId())
                .setParameter("version", v.productVersion()).setParameter("updatedAt", utc(v.productUpdatedAt()))
                .setParameter("status", v.status().name())
                .setParameter("title", JsonDocuments.write(v.title()))
                .setParameter("options", JsonDocuments.write(v.options()))
                .setParameter("brand", v.brand())
                .setParameter("categories", JsonDocuments.write(SellableVariantMapper.strings(v.categoryIds())))
                .setParameter("taxCategory", v.taxCategory()).setParameter("hsCode", v.hsCode())
                .setParameter("origin", v.originCountry()).setParameter("weight", v.weightGrams())
                .setParameter("offers", JsonDocuments.write(SellableVariantMapper.offers(v))).setParameter("now", utc(now))
                .executeUpdate());
    }

    /** Records a market's currency and tax basis as the latest snapshot states them. */
    public Uni<Void> rememberMarket(SalesMarket market, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(MARKET)
                .setParameter("code", market.code()).setParameter("currency", market.currency().getCurrencyCode())
                .setParameter("inclusive", market.taxInclusive()).setParameter("now", utc(now))
                .executeUpdate()).replaceWithVoid();
    }

    /** Stores one location's availability unless a later change for it is already stored. */
    public Uni<Integer> applyStock(String sku, String location, long available, Instant changedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(STOCK)
                .setParameter("sku", sku).setParameter("location", location).setParameter("available", available)
                .setParameter("at", utc(changedAt)).executeUpdate());
    }

    public Uni<Optional<SellableVariant>> find(String sku) {
        return SellableVariantEntity.<SellableVariantEntity>findById(sku)
                .map(e -> Optional.ofNullable(e).map(SellableVariantMapper::toDomain));
    }

    public Uni<Map<String, SellableVariant>> findAll(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SellableVariantEntity.<SellableVariantEntity>list("sku in ?1", Set.copyOf(skus))
                .map(rows -> rows.stream().map(SellableVariantMapper::toDomain)
                        .collect(Collectors.toMap(SellableVariant::sku, v -> v)));
    }

    /** Units available across all locations per SKU; a SKU fulfillment never reported on is absent. */
    public Uni<Map<String, Long>> available(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(AVAILABLE, Object[].class)
                .setParameter("skus", skus.toArray(String[]::new)).getResultList()
                .map(rows -> {
                    Map<String, Long> available = new HashMap<>();
                    rows.forEach(r -> available.put((String) r[0], ((Number) r[1]).longValue()));
                    return available;
                }));
    }

    public Uni<Optional<SalesMarket>> market(String code) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select currency, tax_inclusive from sales_market where code = :code", Object[].class)
                .setParameter("code", code).getResultList()
                .map(rows -> rows.isEmpty() ? Optional.<SalesMarket>empty()
                        : Optional.of(new SalesMarket(code, Money.currencyOf((String) rows.getFirst()[0]),
                                (Boolean) rows.getFirst()[1]))));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
