package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.platform.money.Money;
import java.util.Optional;

/**
 * @param localWarehouse a warehouse serving the market that holds every line, when one does: LOCAL services
 *                       are offered only then
 */
public record QuoteRequest(String market, String destinationCountry, long weightGrams, Money orderValue,
                           Optional<StockLocation> localWarehouse) {
}
