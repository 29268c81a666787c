package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.routing.LocationKind;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

public final class LocationMapper {

    private LocationMapper() {
    }

    public static StockLocation toDomain(LocationEntity e) {
        Set<String> served = e.countries == null || e.countries.isBlank() ? Set.of()
                : Arrays.stream(e.countries.split(",")).map(String::trim).collect(Collectors.toSet());
        return new StockLocation(e.code, LocationKind.valueOf(e.kind), e.country, served, e.priority,
                LocalTime.parse(e.cutOff), ZoneId.of(e.timeZone), e.handlingDays);
    }

    public static LocationEntity toEntity(StockLocation location, LocationEntity e) {
        e.code = location.code();
        e.kind = location.kind().name();
        e.country = location.country();
        e.countries = location.countries().stream().sorted().collect(Collectors.joining(","));
        e.priority = location.priority();
        e.cutOff = location.cutOff().toString();
        e.timeZone = location.zone().getId();
        e.handlingDays = location.handlingDays();
        return e;
    }
}
