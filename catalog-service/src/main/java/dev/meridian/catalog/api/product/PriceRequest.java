package dev.meridian.catalog.api.product;

import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.platform.money.Money;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Body of PUT /v1/admin/products/{id}/prices/{sku}/{market}. */
public record PriceRequest(@NotNull Money amount, Money compareAt, Sale sale) {

    /** The explicit price this body sets for a variant in a market (the domain validates it). */
    public MarketPrice toMarketPrice(String sku, String market) {
        return new MarketPrice(sku, market, amount, compareAt, sale == null ? null : sale.amount(),
                sale == null ? null : sale.from(), sale == null ? null : sale.until());
    }

    public record Sale(@NotNull Money amount, Instant from, Instant until) {
    }
}
