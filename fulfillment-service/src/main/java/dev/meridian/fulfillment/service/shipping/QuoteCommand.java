package dev.meridian.fulfillment.service.shipping;

import dev.meridian.platform.money.Money;
import java.util.List;

/** Either the parcel weight, or the lines to weigh (or both: the weight then wins for pricing). */
public record QuoteCommand(String market, String destinationCountry, Money orderValue, Long weightGrams,
                           List<Line> lines) {

    public QuoteCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String sku, int quantity) {
    }
}
