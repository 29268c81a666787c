package dev.meridian.fulfillment.api.stock;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.meridian.fulfillment.domain.routing.LocationKind;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.platform.failure.RuleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * {@code country}: where the location is. {@code countries}: the destination countries a WAREHOUSE delivers to
 * ({@code markets} is accepted as the field's former name).
 */
public record LocationRequest(
        @NotNull String kind,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @JsonAlias("markets")
        Set<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
        @Min(0) @Max(1000) Integer priority,
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be HH:mm") String cutOff,
        String timeZone,
        @Min(0) @Max(30) Integer handlingDays) {

    /** Wire to domain: defaults for what was left out, and a 400 naming the field for what cannot be read. */
    public StockLocation toLocation(String code) {
        LocationKind parsedKind;
        try {
            parsedKind = LocationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("kind", "must be one of ORIGIN, WAREHOUSE, RETURN_HUB");
        }
        ZoneId zone;
        try {
            zone = timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new RuleViolation("timeZone", "unknown time zone '" + timeZone + "'");
        }
        return new StockLocation(code, parsedKind, country, countries == null ? Set.of() : countries,
                priority == null ? 100 : priority, cutOff == null ? LocalTime.of(15, 0) : LocalTime.parse(cutOff),
                zone, handlingDays == null ? 1 : handlingDays);
    }
}
