package dev.meridian.fulfillment.domain.routing;

import static dev.meridian.platform.failure.RuleViolation.require;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A place that holds stock. {@code priority}: lower is preferred among warehouses serving the same market.
 * Orders in before {@code cutOff} (local time) leave after {@code handlingDays}; later ones a day later.
 */
public record StockLocation(String code, LocationKind kind, String country, Set<String> markets, int priority,
                            LocalTime cutOff, ZoneId zone, int handlingDays) {

    public StockLocation {
        require(code != null && code.matches("[A-Z0-9-]{2,32}"), "code", "must be 2-32 of A-Z, 0-9, '-'");
        require(country != null && country.matches("[A-Z]{2}"), "country", "must be an ISO 3166-1 alpha-2 code");
        require(handlingDays >= 0, "handlingDays", "must not be negative");
        markets = markets == null ? Set.of() : Set.copyOf(markets);
    }

    public boolean serves(String market) {
        return kind == LocationKind.WAREHOUSE && markets.contains(market);
    }

    public boolean ships() {
        return kind != LocationKind.RETURN_HUB;
    }
}
