package dev.meridian.checkout.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.meridian.checkout.domain.catalog.MarketOffer;
import dev.meridian.checkout.domain.catalog.ProductStatus;
import dev.meridian.checkout.domain.catalog.Sale;
import dev.meridian.checkout.domain.catalog.SellableVariant;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-model row ↔ domain variant; offers are stored as {@link Offer} documents with money in minor units. */
final class SellableVariantMapper {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Offer>> OFFERS = new TypeReference<>() {
    };

    /** One market's offer as stored in {@code sellable_variant.offers}. */
    record Offer(String market, boolean published, boolean visible, String complianceStatus, String currency,
                 boolean taxInclusive, Long priceMinor, Long compareAtMinor, Long saleMinor, Instant saleFrom,
                 Instant saleUntil) {
    }

    private SellableVariantMapper() {
    }

    static SellableVariant toDomain(SellableVariantEntity e) {
        Map<String, MarketOffer> offers = new LinkedHashMap<>();
        for (Offer o : JsonDocuments.read(e.offers, OFFERS)) {
            Currency currency = Money.currencyOf(o.currency());
            offers.put(o.market(), new MarketOffer(o.market(), o.published(), o.visible(), o.complianceStatus(),
                    currency, o.taxInclusive(), money(currency, o.priceMinor()), money(currency, o.compareAtMinor()),
                    o.saleMinor() == null ? null
                            : new Sale(Money.ofMinor(currency, o.saleMinor()), o.saleFrom(), o.saleUntil())));
        }
        return new SellableVariant(e.sku, e.productId, e.productVersion, e.productUpdatedAt,
                ProductStatus.valueOf(e.productStatus), JsonDocuments.read(e.title, TEXTS),
                JsonDocuments.read(e.options, TEXTS), e.brand, JsonDocuments.read(e.categoryIds, STRINGS),
                e.taxCategory, e.hsCode, e.originCountry, e.weightGrams, offers);
    }

    static String offers(SellableVariant v) {
        return JsonDocuments.write(v.offers().values().stream().map(o -> new Offer(o.market(), o.published(),
                o.visible(), o.complianceStatus(), o.currency().getCurrencyCode(), o.taxInclusive(),
                minor(o.price()), minor(o.compareAt()), o.sale() == null ? null : minor(o.sale().amount()),
                o.sale() == null ? null : o.sale().from(), o.sale() == null ? null : o.sale().until())).toList());
    }

    static String texts(Map<String, String> texts) {
        return JsonDocuments.write(texts);
    }

    static String strings(List<String> values) {
        return JsonDocuments.write(values);
    }

    private static Money money(Currency currency, Long minor) {
        return minor == null ? null : Money.ofMinor(currency, minor);
    }

    private static Long minor(Money money) {
        return money == null ? null : money.minorUnits();
    }
}
