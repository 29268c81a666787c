package dev.meridian.compliance.api.quote;

import dev.meridian.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /v1/quotes} body. Semantic checks (country codes, currencies, HS format) happen in the engine.
 * The tax-inclusive flags are optional and default to false (prices without tax).
 */
public record QuoteRequestBody(
        @NotBlank String market,
        @NotNull @Valid Place shipFrom,
        @NotNull @Valid Place shipTo,
        @NotBlank String currency,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines,
        Money shipping,
        Boolean shippingTaxInclusive,
        @NotBlank String incoterm) {

    public record Place(@NotBlank String country, String region) {
    }

    public record Line(@NotBlank String sku, @NotNull Long quantity, @NotNull Money unitPrice, Boolean taxInclusive,
                       @NotBlank String taxCategory, String hsCode, String origin) {
    }
}
