package dev.meridian.checkout.messaging;

import dev.meridian.checkout.domain.catalog.MarketOffer;
import dev.meridian.checkout.domain.catalog.ProductStatus;
import dev.meridian.checkout.domain.catalog.Sale;
import dev.meridian.checkout.domain.catalog.SalesMarket;
import dev.meridian.checkout.domain.catalog.SellableVariant;
import dev.meridian.checkout.service.catalog.ProductSnapshotCommand;
import dev.meridian.checkout.service.catalog.SellableVariantService;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.inbox.IdempotentConsumer;
import dev.meridian.platform.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the sellable-variant read model from every full product snapshot catalog publishes (published, updated,
 * unpublished, price changed). Once per event id (inbox); an older snapshot never overwrites a newer one.
 */
@ApplicationScoped
public class CatalogProductConsumer {

    static final String CONSUMER = "checkout.catalog-variants";
    static final Set<String> TYPES = Set.of(EventTypes.CATALOG_PRODUCT_PUBLISHED, EventTypes.CATALOG_PRODUCT_UPDATED,
            EventTypes.CATALOG_PRODUCT_UNPUBLISHED, EventTypes.CATALOG_PRICE_CHANGED);

    private final IdempotentConsumer consumer;
    private final SellableVariantService variants;

    public CatalogProductConsumer(IdempotentConsumer consumer, SellableVariantService variants) {
        this.consumer = consumer;
        this.variants = variants;
    }

    @Incoming("catalog-events")
    public Uni<Void> consume(String message) {
        return consumer.consume(CONSUMER, message, TYPES::contains, CatalogProductData.class, this::apply);
    }

    private Uni<Integer> apply(CloudEvent event, CatalogProductData product) {
        return variants.apply(toCommand(event, product));
    }

    static ProductSnapshotCommand toCommand(CloudEvent event, CatalogProductData p) {
        Instant at = p.updatedAt() != null ? p.updatedAt()
                : event.time() != null ? event.time().toInstant() : Instant.EPOCH;
        List<String> categories = new ArrayList<>(p.categoryIds() == null ? List.of() : p.categoryIds());
        if (p.categoryId() != null && !categories.contains(p.categoryId().toString())) {
            categories.add(p.categoryId().toString());
        }
        List<CatalogProductData.MarketData> markets = p.markets() == null ? List.of() : p.markets();
        List<SellableVariant> result = new ArrayList<>();
        for (CatalogProductData.Variant v : p.variants() == null ? List.<CatalogProductData.Variant>of() : p.variants()) {
            Map<String, MarketOffer> offers = new LinkedHashMap<>();
            for (CatalogProductData.MarketData m : markets) {
                CatalogProductData.PriceData price = m.prices() == null ? null : m.prices().stream()
                        .filter(pr -> v.sku().equals(pr.sku())).findFirst().orElse(null);
                offers.put(m.market(), new MarketOffer(m.market(), m.published(), m.visible(), m.complianceStatus(),
                        Money.currencyOf(m.currency()), m.taxInclusive(), price == null ? null : price.amount(),
                        price == null ? null : price.compareAt(),
                        price == null || price.sale() == null ? null
                                : new Sale(price.sale().amount(), price.sale().from(), price.sale().until())));
            }
            result.add(new SellableVariant(v.sku(), p.id(), p.version(), at, ProductStatus.valueOf(p.status()),
                    p.title() == null ? Map.of() : p.title(), v.options() == null ? Map.of() : v.options(),
                    p.brand(), List.copyOf(new LinkedHashSet<>(categories)), p.taxCategory(), p.hsCode(),
                    p.originCountry(), v.weightGrams(), offers));
        }
        return new ProductSnapshotCommand(p.id(), p.version(), at, result, markets.stream()
                .map(m -> new SalesMarket(m.market(), Money.currencyOf(m.currency()), m.taxInclusive())).toList());
    }
}
