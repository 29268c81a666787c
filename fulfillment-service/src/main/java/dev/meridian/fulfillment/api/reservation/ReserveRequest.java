package dev.meridian.fulfillment.api.reservation;

import dev.meridian.fulfillment.service.reservation.ReserveCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code orderId} is the idempotency key: reserving the same order again returns the first reservation.
 * {@code market} is the catalog's market (EU, UK, US...); {@code destinationCountry} where the parcel goes, which
 * decides the routing (warehouses serve countries).
 */
public record ReserveRequest(
        @NotBlank @Size(max = 100) String orderId,
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be a market code like EU (2-16 upper-case letters or digits)") String market,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String destinationCountry,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines,
        Integer ttlSeconds) {

    public record Line(@NotBlank @Size(max = 64) String sku, @NotNull @Positive @Max(10_000) Integer quantity) {
    }

    public ReserveCommand toCommand() {
        return new ReserveCommand(orderId, market, destinationCountry, lines.stream()
                .map(l -> new ReserveCommand.Line(l.sku(), l.quantity())).toList(), ttlSeconds);
    }
}
