package dev.meridian.fulfillment.service.shipment;

import dev.meridian.fulfillment.domain.shipment.CustomsDeclaration;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import java.util.List;

/** Ship lines of an order from a location with a carrier service; customs data for cross-border parcels. */
public record CreateShipmentCommand(String orderId, String customerId, String market, String fromLocation,
                                    String destinationCountry, String service, List<ShipmentLine> lines,
                                    List<Parcel> parcels, CustomsDeclaration customs) {

    public CreateShipmentCommand {
        lines = List.copyOf(lines);
        parcels = List.copyOf(parcels);
    }
}
