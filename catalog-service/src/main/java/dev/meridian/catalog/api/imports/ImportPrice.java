package dev.meridian.catalog.api.imports;

import dev.meridian.catalog.api.product.PriceRequest;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A price line of an import: the body of PUT .../prices/{sku}/{market} plus the variant SKU and the market. */
public record ImportPrice(@NotBlank String sku, @NotBlank String market, @NotNull Money amount, Money compareAt,
                          @Valid PriceRequest.Sale sale) {

    public MarketPrice toMarketPrice() {
        return new PriceRequest(amount, compareAt, sale).toMarketPrice(sku, market);
    }
}
