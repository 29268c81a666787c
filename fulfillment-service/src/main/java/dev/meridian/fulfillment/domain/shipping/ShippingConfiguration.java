package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.fulfillment.domain.routing.StockLocation;
import java.util.List;
import java.util.Map;

/**
 * The shipping configuration as one immutable value: market policies by code, stock locations, and the quoter
 * built from zones, services and rate tables. Reservations, quotes and returns read it; admins replace parts of it.
 */
public record ShippingConfiguration(Map<String, MarketPolicy> markets, List<StockLocation> locations,
                                    ShippingQuoter quoter) {

    public ShippingConfiguration {
        markets = Map.copyOf(markets);
        locations = List.copyOf(locations);
    }
}
