package dev.meridian.catalog.api.market;

import dev.meridian.catalog.domain.pricing.FxRate;
import dev.meridian.platform.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** Body of POST /v1/admin/fx-rates: 1 {@code base} costs {@code rate} {@code quote} from {@code effectiveFrom}. */
public record FxRateRequest(@NotBlank String base, @NotBlank String quote, @NotNull BigDecimal rate,
                            @NotNull Instant effectiveFrom) {

    public FxRate toFxRate() {
        return new FxRate(Money.currencyOf(base), Money.currencyOf(quote), rate, effectiveFrom);
    }
}
