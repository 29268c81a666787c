package dev.meridian.fulfillment.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.RateBand;
import dev.meridian.fulfillment.domain.shipping.RateBasis;
import dev.meridian.fulfillment.domain.shipping.RateTable;
import dev.meridian.fulfillment.domain.shipping.ServiceKind;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Markets, zones, services and rate tables, read fresh per request (small tables; cache when they grow). */
@ApplicationScoped
public class ShippingConfigStore {

    private final ObjectMapper mapper;

    public ShippingConfigStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Uni<Optional<MarketPolicy>> market(String code) {
        return rows("""
                select code, currency, free_shipping_threshold_minor, withdrawal_days, return_hub, time_zone
                from market where code = :code""", code).map(rows -> rows.stream().findFirst().map(r -> {
            Currency currency = Currency.getInstance((String) r[1]);
            Money threshold = r[2] == null ? null : Money.ofMinor(currency, ((Number) r[2]).longValue());
            return new MarketPolicy((String) r[0], currency, threshold, ((Number) r[3]).intValue(), (String) r[4],
                    ZoneId.of((String) r[5]));
        }));
    }

    public Uni<ShippingQuoter> quoter() {
        return rows("select code, countries from shipping_zone", null).chain(zoneRows -> {
            List<Zone> zones = zoneRows.stream().map(r -> new Zone((String) r[0], split((String) r[1]))
            ).toList();
            return rows("""
                    select code, carrier, name, kind, transit_days_min, transit_days_max, incoterms,
                      free_shipping_eligible from shipping_service""", null).chain(serviceRows -> {
                List<ShippingService> services = serviceRows.stream().map(r -> new ShippingService((String) r[0],
                        (String) r[1], (String) r[2], ServiceKind.valueOf((String) r[3]), ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue(), split((String) r[6]).stream().map(Incoterm::valueOf)
                        .collect(Collectors.toSet()), (Boolean) r[7])).toList();
                return rows("select service, zone, currency, basis, cast(bands as text) from rate_table", null)
                        .map(rateRows -> new ShippingQuoter(zones, services,
                                rateRows.stream().map(this::rateTable).toList()));
            });
        });
    }

    private RateTable rateTable(Object[] r) {
        Currency currency = Currency.getInstance((String) r[2]);
        try {
            List<Json.Band> bands = mapper.readValue((String) r[4], new TypeReference<>() {
            });
            return new RateTable((String) r[0], (String) r[1], currency, RateBasis.valueOf((String) r[3]),
                    bands.stream().map(b -> new RateBand(b.upTo(), Money.ofMinor(currency, b.minor()))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("rate table " + r[0] + "/" + r[1] + " has malformed bands", e);
        }
    }

    private static java.util.Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static Uni<List<Object[]>> rows(String sql, String code) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class);
            if (code != null) {
                query.setParameter("code", code);
            }
            return query.getResultList();
        });
    }
}
