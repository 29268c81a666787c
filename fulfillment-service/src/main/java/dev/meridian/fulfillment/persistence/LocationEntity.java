package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.routing.LocationKind;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "stock_location")
public class LocationEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String kind;

    public String country;

    public String markets;

    public int priority;

    @Column(name = "cut_off")
    public String cutOff;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "handling_days")
    public int handlingDays;

    public StockLocation toDomain() {
        Set<String> served = markets == null || markets.isBlank() ? Set.of()
                : Arrays.stream(markets.split(",")).map(String::trim).collect(Collectors.toSet());
        return new StockLocation(code, LocationKind.valueOf(kind), country, served, priority, LocalTime.parse(cutOff),
                ZoneId.of(timeZone), handlingDays);
    }

    public LocationEntity from(StockLocation location) {
        code = location.code();
        kind = location.kind().name();
        country = location.country();
        markets = location.markets().stream().sorted().collect(Collectors.joining(","));
        priority = location.priority();
        cutOff = location.cutOff().toString();
        timeZone = location.zone().getId();
        handlingDays = location.handlingDays();
        return this;
    }
}
