package dev.meridian.fulfillment.api.stock;

import dev.meridian.fulfillment.domain.routing.StockLocation;
import java.util.Set;

/** {@code countries}: the destination countries a warehouse serves. */
public record LocationResponse(String code, String kind, String country, Set<String> countries, int priority,
                               String cutOff, String timeZone, int handlingDays) {

    public static LocationResponse of(StockLocation l) {
        return new LocationResponse(l.code(), l.kind().name(), l.country(), l.countries(), l.priority(),
                l.cutOff().toString(), l.zone().getId(), l.handlingDays());
    }
}
