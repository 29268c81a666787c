package dev.meridian.checkout.persistence;

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

/** Read-model row ↔ domain variant; offers are {@link Documents.Offer} documents with money in minor units. */
final class SellableVariantMapper {

    private SellableVariantMapper() {
    }

    static SellableVariant toDomain(SellableVariantEntity e) {
        Map<String, MarketOffer> offers = new LinkedHashMap<>();
        for (Documents.Offer o : e.offers.items()) {
            Currency currency = Money.currencyOf(o.currency());
            offers.put(o.market(), new MarketOffer(o.market(), o.published(), o.visible(), o.complianceStatus(),
                    currency, o.taxInclusive(), money(currency, o.priceMinor()), money(currency, o.compareAtMinor()),
                    o.saleMinor() == null ? null
                            : new Sale(Money.ofMinor(currency, o.saleMinor()), instant(o.saleFrom()),
                                    instant(o.saleUntil()))));
        }
        return new SellableVariant(e.sku, e.productId, e.productVersion, e.productUpdatedAt,
                ProductStatus.valueOf(e.productStatus), e.title, e.options, e.brand, e.categoryIds.items(),
                e.taxCategory, e.hsCode, e.originCountry, e.weightGrams, offers);
    }

    static Documents.Offers offers(SellableVariant v) {
        return new Documents.Offers(v.offers().values().stream().map(o -> new Documents.Offer(o.market(),
                o.published(), o.visible(), o.complianceStatus(), o.currency().getCurrencyCode(), o.taxInclusive(),
                minor(o.price()), minor(o.compareAt()), o.sale() == null ? null : minor(o.sale().amount()),
                o.sale() == null ? null : text(o.sale().from()), o.sale() == null ? null : text(o.sale().until())))
                .toList());
    }

    static Documents.Strings strings(List<String> values) {
        return new Documents.Strings(values);
    }

    private static Money money(Currency currency, Long minor) {
        return minor == null ? null : Money.ofMinor(currency, minor);
    }

    private static Long minor(Money money) {
        return money == null ? null : money.minorUnits();
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
