package dev.meridian.fulfillment.service.returns;

import java.util.List;
import java.util.UUID;

/** Open a return for delivered lines of one shipment. */
public record OpenReturnCommand(UUID shipmentId, List<Line> lines) {

    public OpenReturnCommand {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity, String reason) {
    }
}
