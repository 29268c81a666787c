package dev.meridian.fulfillment.domain.routing;

import static dev.meridian.platform.failure.RuleViolation.require;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A place that holds stock. A WAREHOUSE serves the destination {@code countries} listed (an overseas warehouse
 * delivering locally); {@code priority}: lower is preferred among warehouses serving the same country.
 * Orders in before {@code cutOff} (local time) leave after {@code handlingDays}; later ones a day later.
 */
public record StockLocation(String code, LocationKind kind, String country, Set<String> countries, int priority,
                            LocalTime cutOff, ZoneId zone, int handlingDays) {

    public StockLocation {
        require(code != null && code.matches("[A-Z0-9-]{2,32}"), "code", "must be 2-32 of A-Z, 0-9, '-'");
        require(country != null && country.matches("[A-Z]{2}"), "country", "must be an ISO 3166-1 alpha-2 code");
        require(handlingDays >= 0, "handlingDays", "must not be negative");
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }

    /** Whether this is a warehouse delivering to {@code destinationCountry}. */
    public boolean serves(String destinationCountry) {
        return kind == LocationKind.WAREHOUSE && countries.contains(destinationCountry);
    }

    public boolean ships() {
        return kind != LocationKind.RETURN_HUB;
    }
}
