package dev.meridian.fulfillment.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.RateTable;
import dev.meridian.fulfillment.domain.shipping.ShippingService;
import dev.meridian.fulfillment.domain.shipping.Zone;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.stream.Collectors;

/** Upserts of the shipping configuration tables, inside the caller's transaction (values already validated). */
@ApplicationScoped
public class ShippingConfigRows {

    private final ObjectMapper mapper;

    public ShippingConfigRows(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Uni<Void> upsertZone(Zone zone) {
        return execute("""
                insert into shipping_zone (code, countries) values (:code, :countries)
                on conflict (code) do update set countries = excluded.countries""",
                Map.of("code", zone.code(), "countries", zone.countries().stream().sorted()
                        .collect(Collectors.joining(","))));
    }

    public Uni<Void> upsertService(ShippingService s) {
        return execute("""
                insert into shipping_service (code, carrier, name, kind, transit_days_min, transit_days_max, incoterms,
                  free_shipping_eligible)
                values (:code, :carrier, :name, :kind, :min, :max, :incoterms, :free)
                on conflict (code) do update set carrier = excluded.carrier, name = excluded.name, kind = excluded.kind,
                  transit_days_min = excluded.transit_days_min, transit_days_max = excluded.transit_days_max,
                  incoterms = excluded.incoterms, free_shipping_eligible = excluded.free_shipping_eligible""",
                Map.of("code", s.code(), "carrier", s.carrier(), "name", s.name(), "kind", s.kind().name(),
                        "min", s.transitDaysMin(), "max", s.transitDaysMax(), "incoterms",
                        s.incoterms().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        "free", s.freeShippingEligible()));
    }

    public Uni<Void> upsertRateTable(RateTable t) {
        String bands;
        try {
            bands = mapper.writeValueAsString(t.bands().stream()
                    .map(b -> new Json.Band(b.upTo(), b.price().minorUnits())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return execute("""
                insert into rate_table (service, zone, currency, basis, bands)
                values (:service, :zone, :currency, :basis, cast(cast(:bands as text) as jsonb))
                on conflict (service, zone, currency) do update set basis = excluded.basis, bands = excluded.bands""",
                Map.of("service", t.service(), "zone", t.zone(), "currency", t.currency().getCurrencyCode(),
                        "basis", t.basis().name(), "bands", bands));
    }

    /** @return whether a rate table was there to delete */
    public Uni<Boolean> deleteRateTable(String service, String zone, String currency) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "delete from rate_table where service = :service and zone = :zone and currency = :currency")
                .setParameter("service", service).setParameter("zone", zone).setParameter("currency", currency)
                .executeUpdate()).map(rows -> rows > 0);
    }

    public Uni<Void> upsertMarket(MarketPolicy m) {
        var params = new java.util.HashMap<String, Object>();
        params.put("code", m.market());
        params.put("currency", m.currency().getCurrencyCode());
        params.put("withdrawal", m.withdrawalDays());
        params.put("tz", m.zone().getId());
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery("""
                    insert into market (code, currency, free_shipping_threshold_minor, withdrawal_days, return_hub, time_zone)
                    values (:code, :currency, cast(:threshold as bigint), :withdrawal, cast(:hub as text), :tz)
                    on conflict (code) do update set currency = excluded.currency,
                      free_shipping_threshold_minor = excluded.free_shipping_threshold_minor,
                      withdrawal_days = excluded.withdrawal_days, return_hub = excluded.return_hub,
                      time_zone = excluded.time_zone""");
            params.forEach(query::setParameter);
            query.setParameter("threshold", m.freeShippingThreshold() == null ? null
                    : m.freeShippingThreshold().minorUnits());
            query.setParameter("hub", m.returnHub());
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    private static Uni<Void> execute(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
