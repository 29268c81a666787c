package dev.meridian.checkout.service.catalog;

import dev.meridian.checkout.domain.catalog.NotSellableReason;
import dev.meridian.checkout.domain.catalog.SalesMarket;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.catalog.SellableVariant;
import dev.meridian.checkout.persistence.SellableVariantRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkout's read model of sellable variants: fed by catalog's snapshots and fulfillment's stock changes (the
 * consumers run these inside their inbox transaction), read on the cart path without calling catalog.
 */
@ApplicationScoped
public class SellableVariantService {

    private final SellableVariantRepository variants;
    private final Clock clock;

    public SellableVariantService(SellableVariantRepository variants, Clock clock) {
        this.variants = variants;
        this.clock = clock;
    }

    /** Applies the snapshot unless a newer one is stored; joins the caller's transaction. */
    public Uni<Integer> apply(ProductSnapshotCommand snapshot) {
        return Panache.withTransaction(() -> Multi.createFrom().iterable(snapshot.markets())
                .onItem().transformToUniAndConcatenate(m -> variants.rememberMarket(m, clock.instant()))
                .collect().asList()
                .chain(() -> variants.applySnapshot(snapshot.productId(), snapshot.version(), snapshot.updatedAt(),
                        snapshot.variants(), clock.instant())));
    }

    public Uni<Integer> apply(StockChangeCommand change) {
        return Panache.withTransaction(() -> variants.applyStock(change.sku(), change.location(), change.available(),
                change.changedAt()));
    }

    /** Each SKU's sellability in a market and currency now, in the caller's session. */
    public Uni<Map<String, Sellability>> sellability(Collection<String> skus, String market, Currency currency) {
        return variants.findAll(skus).chain(found -> variants.available(skus).map(available -> {
            Map<String, Sellability> result = new LinkedHashMap<>();
            for (String sku : skus) {
                SellableVariant variant = found.get(sku);
                result.put(sku, variant == null
                        ? new Sellability.NotSellable(sku, market,
                                NotSellableReason.UNKNOWN_VARIANT)
                        : variant.in(market, currency, clock.instant(), available.get(sku)));
            }
            return result;
        }));
    }

    public Uni<Optional<SalesMarket>> market(String code) {
        return variants.market(code);
    }

    public Uni<Optional<SellableVariant>> variant(String sku) {
        return variants.find(sku);
    }

    public Uni<List<SellableVariant>> variants(Collection<String> skus) {
        return variants.findAll(skus).map(m -> List.copyOf(m.values()));
    }
}
