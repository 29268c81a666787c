package dev.meridian.fulfillment.domain.shipment;

import static dev.meridian.platform.failure.RuleViolation.require;

import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.platform.money.Money;
import java.util.List;

public record CustomsDeclaration(Incoterm incoterm, List<CommercialInvoiceLine> lines) {

    public CustomsDeclaration {
        require(incoterm != null, "customs.incoterm", "is required");
        require(lines != null && !lines.isEmpty(), "customs.lines", "at least one commercial-invoice line is required");
        lines = List.copyOf(lines);
        var currency = lines.getFirst().unitValue().currency();
        require(lines.stream().allMatch(l -> l.unitValue().currency().equals(currency)), "customs.lines",
                "all unit values must be in one currency");
    }

    public Money totalValue() {
        Money total = Money.zero(lines.getFirst().unitValue().currency());
        for (CommercialInvoiceLine line : lines) {
            total = total.plus(line.unitValue().times(line.quantity()));
        }
        return total;
    }
}
