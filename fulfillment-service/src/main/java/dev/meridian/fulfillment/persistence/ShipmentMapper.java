package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.shipment.CommercialInvoiceLine;
import dev.meridian.fulfillment.domain.shipment.CustomsDeclaration;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import dev.meridian.fulfillment.domain.shipment.ShipmentState;
import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.platform.money.Money;
import java.time.Instant;

public final class ShipmentMapper {

    private ShipmentMapper() {
    }

    public static ShipmentEntity toEntity(Shipment s, ShipmentEntity e, String customerId, Instant now) {
        e.id = s.id();
        e.orderId = s.orderId();
        if (customerId != null) {
            e.customerId = customerId;
        }
        e.market = s.market();
        e.fromLocation = s.fromLocation();
        e.fromCountry = s.fromCountry();
        e.destinationCountry = s.destinationCountry();
        e.carrier = s.carrier();
        e.service = s.service();
        e.lines = new JsonColumns.ShipLines(s.lines().stream().map(l -> new JsonColumns.ShipLine(l.sku(), l.quantity())).toList());
        e.parcels = new JsonColumns.Parcels(s.parcels().stream()
                .map(p -> new JsonColumns.ParcelRow(p.weightGrams(), p.lengthCm(), p.widthCm(), p.heightCm())).toList());
        e.customs = s.customs() == null ? null : new JsonColumns.Customs(s.customs().incoterm().name(),
                s.customs().lines().stream().map(l -> new JsonColumns.InvoiceLine(l.description(), l.hsCode(),
                        l.originCountry(), l.quantity(), l.unitValue().currencyCode(), l.unitValue().minorUnits()))
                        .toList());
        e.state = s.state().code();
        e.stateReason = s.state() instanceof ShipmentState.LabelFailed f ? f.reason() : null;
        e.stateAt = at(s.state());
        e.trackingNumber = s.trackingNumber();
        e.createdAt = s.createdAt();
        e.updatedAt = now;
        return e;
    }

    public static Shipment toDomain(ShipmentEntity e) {
        CustomsDeclaration customs = e.customs == null ? null : new CustomsDeclaration(
                Incoterm.valueOf(e.customs.incoterm()), e.customs.lines().stream()
                .map(l -> new CommercialInvoiceLine(l.description(), l.hsCode(), l.originCountry(), l.quantity(),
                        Money.ofMinor(l.currency(), l.unitValueMinor()))).toList());
        return new Shipment(e.id, e.orderId, e.market, e.fromLocation, e.fromCountry, e.destinationCountry, e.carrier,
                e.service, e.lines.items().stream().map(l -> new ShipmentLine(l.sku(), l.quantity())).toList(),
                e.parcels.items().stream().map(p -> new Parcel(p.weightGrams(), p.lengthCm(), p.widthCm(),
                        p.heightCm())).toList(), customs, state(e), e.trackingNumber, e.createdAt);
    }

    private static ShipmentState state(ShipmentEntity e) {
        return switch (e.state) {
            case "awaiting-label" -> new ShipmentState.AwaitingLabel();
            case "label-failed" -> new ShipmentState.LabelFailed(e.stateReason);
            case "label-created" -> new ShipmentState.LabelCreated();
            case "dispatched" -> new ShipmentState.Dispatched(e.stateAt);
            case "in-transit" -> new ShipmentState.InTransit(e.stateAt);
            case "out-for-delivery" -> new ShipmentState.OutForDelivery(e.stateAt);
            case "delivered" -> new ShipmentState.Delivered(e.stateAt);
            default -> throw new IllegalStateException("unknown shipment state " + e.state);
        };
    }

    private static Instant at(ShipmentState state) {
        return switch (state) {
            case ShipmentState.Dispatched d -> d.at();
            case ShipmentState.InTransit t -> t.at();
            case ShipmentState.OutForDelivery o -> o.at();
            case ShipmentState.Delivered d -> d.at();
            case ShipmentState.AwaitingLabel a -> null;
            case ShipmentState.LabelFailed f -> null;
            case ShipmentState.LabelCreated c -> null;
        };
    }
}
