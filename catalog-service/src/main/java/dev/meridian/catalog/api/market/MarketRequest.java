package dev.meridian.catalog.api.market;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.RoundingRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** Body of PUT /v1/admin/markets/{code}. */
public record MarketRequest(@NotEmpty List<String> countries, @NotBlank String currency, @NotEmpty List<String> locales,
                            boolean taxInclusive, RoundingRule rounding, boolean fxDerived) {

    public Market toMarket(String code) {
        return Market.of(code, countries, currency, locales, taxInclusive, rounding, fxDerived);
    }
}
