package dev.meridian.fulfillment.api.stock;

import dev.meridian.fulfillment.domain.routing.StockLocation;
import java.util.Set;

public record LocationResponse(String code, String kind, String country, Set<String> markets, int priority,
                               String cutOff, String timeZone, int handlingDays) {

    public static LocationResponse of(StockLocation l) {
        return new LocationResponse(l.code(), l.kind().name(), l.country(), l.markets(), l.priority(),
                l.cutOff().toString(), l.zone().getId(), l.handlingDays());
    }
}
