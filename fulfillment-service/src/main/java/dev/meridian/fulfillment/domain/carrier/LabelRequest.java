package dev.meridian.fulfillment.domain.carrier;

import dev.meridian.fulfillment.domain.shipment.CustomsDeclaration;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import java.util.List;
import java.util.UUID;

/** {@code shipmentId} is the idempotency key the carrier sees. */
public record LabelRequest(UUID shipmentId, String service, String fromCountry, String toCountry,
                           List<Parcel> parcels, CustomsDeclaration customs, LabelFormat format) {

    public static LabelRequest of(Shipment shipment, LabelFormat format) {
        return new LabelRequest(shipment.id(), shipment.service(), shipment.fromCountry(),
                shipment.destinationCountry(), shipment.parcels(), shipment.customs(), format);
    }
}
