package dev.meridian.checkout.domain.catalog;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A variant as checkout's read model knows it from catalog's snapshots: what customs, tax and shipping need
 * (tax category, HS code, origin, weight) and the offer per market. {@code productVersion} and
 * {@code productUpdatedAt} order snapshots: an older one never replaces a newer one.
 */
public record SellableVariant(String sku, UUID productId, long productVersion, Instant productUpdatedAt,
                              ProductStatus status, Map<String, String> title, Map<String, String> options,
                              String brand, List<String> categoryIds, String taxCategory, String hsCode,
                              String originCountry, Integer weightGrams, Map<String, MarketOffer> offers) {

    public SellableVariant {
        title = Map.copyOf(title);
        options = Map.copyOf(options);
        categoryIds = List.copyOf(categoryIds);
        offers = Map.copyOf(offers);
    }

    /**
     * Can this variant go into a cart of {@code market} priced in {@code currency} at {@code now}?
     *
     * @param available units fulfillment last reported available across its locations; null when unknown
     *                  (reservation at placement is the real check then)
     */
    public Sellability in(String market, Currency currency, Instant now, Long available) {
        if (status != ProductStatus.ACTIVE) {
            return notSellable(market, NotSellableReason.PRODUCT_NOT_ACTIVE);
        }
        MarketOffer offer = offers.get(market);
        if (offer == null) {
            return notSellable(market, NotSellableReason.NOT_OFFERED_IN_MARKET);
        }
        if ("blocked".equals(offer.complianceStatus())) {
            return notSellable(market, NotSellableReason.BLOCKED_BY_COMPLIANCE);
        }
        if ("needs-review".equals(offer.complianceStatus())) {
            return notSellable(market, NotSellableReason.AWAITING_COMPLIANCE_REVIEW);
        }
        if (!offer.published() || !offer.visible()) {
            return notSellable(market, NotSellableReason.NOT_PUBLISHED);
        }
        var price = offer.priceAt(now);
        if (price == null) {
            return notSellable(market, NotSellableReason.NO_PRICE);
        }
        if (!price.currency().equals(currency)) {
            return notSellable(market, NotSellableReason.WRONG_CURRENCY);
        }
        if (available != null && available <= 0) {
            return notSellable(market, NotSellableReason.OUT_OF_STOCK);
        }
        return new Sellability.Sellable(this, offer, price, available);
    }

    /** The title in the shopper's language: exact tag, then its language, then English, then any. */
    public String titleIn(String locale) {
        return Localized.pick(title, locale);
    }

    private Sellability notSellable(String market, NotSellableReason reason) {
        return new Sellability.NotSellable(sku, market, reason);
    }
}
