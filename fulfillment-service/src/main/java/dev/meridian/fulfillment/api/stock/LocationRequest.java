package dev.meridian.fulfillment.api.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

public record LocationRequest(
        @NotNull String kind,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        Set<@Pattern(regexp = "[A-Z]{2}", message = "must be a market code like DE") String> markets,
        @Min(0) @Max(1000) Integer priority,
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be HH:mm") String cutOff,
        String timeZone,
        @Min(0) @Max(30) Integer handlingDays) {
}
