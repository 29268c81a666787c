package dev.meridian.fulfillment.api.shipping;

import dev.meridian.fulfillment.service.shipping.QuoteCommand;
import dev.meridian.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Either the parcel weight, or the lines (their SKU weights are summed, and a warehouse serving the market
 * that holds all of them unlocks local delivery). Both may be given; the weight then wins for pricing.
 * {@code market} is the catalog's market (currency, free-shipping threshold); {@code destinationCountry} picks the
 * shipping zone and the warehouses that deliver locally.
 */
public record QuoteRequestBody(
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be a market code like EU (2-16 upper-case letters or digits)") String market,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String destinationCountry,
        @NotNull Money orderValue,
        @Positive Long weightGrams,
        @Size(max = 100) List<@Valid @NotNull Line> lines) {

    public record Line(@NotBlank String sku, @NotNull @Positive Integer quantity) {
    }

    public QuoteCommand toCommand() {
        return new QuoteCommand(market, destinationCountry, orderValue, weightGrams, lines == null ? List.of()
                : lines.stream().map(l -> new QuoteCommand.Line(l.sku(), l.quantity())).toList());
    }
}
