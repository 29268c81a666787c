package dev.meridian.fulfillment.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.RateBand;
import dev.meridian.fulfillment.domain.shipping.RateBasis;
import dev.meridian.fulfillment.domain.shipping.RateTable;
import dev.meridian.fulfillment.domain.shipping.ServiceKind;
import dev.meridian.fulfillment.domain.shipping.ShippingConfiguration;
import dev.meridian.fulfillment.domain.shipping.ShippingQuoter;
import dev.meridian.fulfillment.domain.shipping.ShippingService;
import dev.meridian.fulfillment.domain.shipping.Zone;
import dev.meridian.platform.money.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shipping configuration tables (markets, zones, services, rate tables) and the stock locations read with
 * them, in the caller's session and transaction: one load of the whole configuration, and upserts of values
 * already validated.
 */
@ApplicationScoped
public class ShippingConfigRepository {

    private final ObjectMapper mapper;

    public ShippingConfigRepository(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The whole configuration: markets, locations, zones, services and rate tables (five queries). */
    public Uni<ShippingConfiguration> load() {
        return rows("""
                select code, currency, free_shipping_threshold_minor, withdrawal_days, return_hub, time_zone
                from market""").map(rows -> {
            Map<String, MarketPolicy> markets = new HashMap<>();
            rows.forEach(r -> {
                Currency currency = Currency.getInstance((String) r[1]);
                Money threshold = r[2] == null ? null : Money.ofMinor(currency, ((Number) r[2]).longValue());
                markets.put((String) r[0], new MarketPolicy((String) r[0], currency, threshold,
                        ((Number) r[3]).intValue(), (String) r[4], ZoneId.of((String) r[5])));
            });
            return markets;
        }).chain(markets -> LocationEntity.<LocationEntity>listAll()
                .map(all -> all.stream().map(LocationMapper::toDomain).toList())
                .chain(locations -> loadQuoter()
                        .map(quoter -> new ShippingConfiguration(markets, locations, quoter))));
    }

    /** The carrier of a shipping service, empty for an unknown service. */
    public Uni<Optional<String>> carrierOf(String service) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select carrier from shipping_service where code = :code", String.class)
                .setParameter("code", service).getResultList())
                .map(rows -> rows.stream().findFirst());
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
                    .map(b -> new JsonColumns.Band(b.upTo(), b.price().minorUnits())).toList());
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

    private Uni<ShippingQuoter> loadQuoter() {
        return rows("select code, countries from shipping_zone").chain(zoneRows -> {
            List<Zone> zones = zoneRows.stream().map(r -> new Zone((String) r[0], split((String) r[1]))).toList();
            return rows("""
                    select code, carrier, name, kind, transit_days_min, transit_days_max, incoterms,
                      free_shipping_eligible from shipping_service""").chain(serviceRows -> {
                List<ShippingService> services = serviceRows.stream().map(r -> new ShippingService((String) r[0],
                        (String) r[1], (String) r[2], ServiceKind.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue(), split((String) r[6]).stream().map(Incoterm::valueOf)
                        .collect(Collectors.toSet()), (Boolean) r[7])).toList();
                return rows("select service, zone, currency, basis, cast(bands as text) from rate_table")
                        .map(rateRows -> new ShippingQuoter(zones, services,
                                rateRows.stream().map(this::rateTable).toList()));
            });
        });
    }

    private RateTable rateTable(Object[] r) {
        Currency currency = Currency.getInstance((String) r[2]);
        try {
            List<JsonColumns.Band> bands = mapper.readValue((String) r[4], new TypeReference<>() {
            });
            return new RateTable((String) r[0], (String) r[1], currency, RateBasis.valueOf((String) r[3]),
                    bands.stream().map(b -> new RateBand(b.upTo(), Money.ofMinor(currency, b.minor()))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("rate table " + r[0] + "/" + r[1] + " has malformed bands", e);
        }
    }

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static Uni<List<Object[]>> rows(String sql) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class).getResultList());
    }

    private static Uni<Void> execute(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
