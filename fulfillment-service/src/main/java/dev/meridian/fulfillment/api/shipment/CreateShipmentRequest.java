package dev.meridian.fulfillment.api.shipment;

import dev.meridian.fulfillment.domain.shipment.CommercialInvoiceLine;
import dev.meridian.fulfillment.domain.shipment.CustomsDeclaration;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.fulfillment.service.shipment.CreateShipmentCommand;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Until checkout and payment publish order events, operators create shipments through this request.
 * {@code customerId} is the buyer's token subject ({@code sub}): the one customer identity, which returns check.
 */
public record CreateShipmentRequest(
        @NotBlank @Size(max = 100) String orderId,
        @Size(max = 200) String customerId,
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be a market code like EU (2-16 upper-case letters or digits)") String market,
        @NotBlank String fromLocation,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String destinationCountry,
        @NotBlank String service,
        @NotEmpty List<@Valid @NotNull Line> lines,
        @NotEmpty List<@Valid @NotNull ParcelBody> parcels,
        @Valid Customs customs) {

    public record Line(@NotBlank String sku, @NotNull @Positive Integer quantity) {
    }

    public record ParcelBody(@NotNull @Positive Long weightGrams, @Min(0) int lengthCm, @Min(0) int widthCm,
                             @Min(0) int heightCm) {
    }

    public record Customs(@NotNull String incoterm, @NotEmpty List<@Valid @NotNull InvoiceLine> lines) {

        CustomsDeclaration toDomain() {
            return new CustomsDeclaration(parseIncoterm(incoterm), lines.stream().map(l -> new CommercialInvoiceLine(
                    l.description(), l.hsCode(), l.originCountry(), l.quantity(), l.unitValue())).toList());
        }
    }

    public record InvoiceLine(@NotBlank String description, @NotBlank String hsCode, @NotBlank String originCountry,
                              @NotNull @Positive Integer quantity, @NotNull Money unitValue) {
    }

    /** Wire to domain values; a value that breaks a domain rule is refused (400) before anything is stored. */
    public CreateShipmentCommand toCommand() {
        return new CreateShipmentCommand(orderId, customerId, market, fromLocation, destinationCountry, service,
                lines.stream().map(l -> new ShipmentLine(l.sku(), l.quantity())).toList(),
                parcels.stream().map(p -> new Parcel(p.weightGrams(), p.lengthCm(), p.widthCm(), p.heightCm()))
                        .toList(),
                customs == null ? null : customs.toDomain());
    }

    private static Incoterm parseIncoterm(String value) {
        try {
            return Incoterm.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("customs.incoterm", "must be DDP or DAP");
        }
    }
}
