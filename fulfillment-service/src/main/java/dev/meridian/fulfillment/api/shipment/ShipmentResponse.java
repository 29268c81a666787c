package dev.meridian.fulfillment.api.shipment;

import dev.meridian.fulfillment.domain.shipment.CustomsDeclaration;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.shipment.ShipmentState;
import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.UUID;

/** {@code state} is e.g. {@code label-created}, {@code label-failed} (with {@code stateReason}), {@code delivered}. */
public record ShipmentResponse(UUID id, String orderId, String market, String fromLocation, String destinationCountry,
                               String carrier, String service, String trackingNumber, String state,
                               String stateReason, List<Line> lines, List<Parcel> parcels, Customs customs) {

    public record Line(String sku, int quantity) {
    }

    public record Parcel(long weightGrams, int lengthCm, int widthCm, int heightCm) {
    }

    public record Customs(String incoterm, Money totalValue, List<InvoiceLine> lines) {
    }

    public record InvoiceLine(String description, String hsCode, String originCountry, int quantity, Money unitValue) {
    }

    public static ShipmentResponse of(Shipment s) {
        String reason = s.state() instanceof ShipmentState.LabelFailed f ? f.reason() : null;
        return new ShipmentResponse(s.id(), s.orderId(), s.market(), s.fromLocation(), s.destinationCountry(),
                s.carrier(), s.service(), s.trackingNumber(), s.state().code(), reason,
                s.lines().stream().map(l -> new Line(l.sku(), l.quantity())).toList(),
                s.parcels().stream().map(p -> new Parcel(p.weightGrams(), p.lengthCm(), p.widthCm(), p.heightCm()))
                        .toList(), customs(s.customs()));
    }

    private static Customs customs(CustomsDeclaration c) {
        return c == null ? null : new Customs(c.incoterm().name(), c.totalValue(), c.lines().stream()
                .map(l -> new InvoiceLine(l.description(), l.hsCode(), l.originCountry(), l.quantity(), l.unitValue()))
                .toList());
    }
}
