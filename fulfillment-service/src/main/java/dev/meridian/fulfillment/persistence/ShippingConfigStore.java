package dev.meridian.fulfillment.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.domain.routing.StockLocation;
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
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Markets, stock locations, zones, services and rate tables: small, read on every reservation and quote, and
 * changed rarely. Held in memory as one immutable snapshot, so a quote needs no query and a reservation no
 * configuration query. A change made through this service ({@link #invalidate()}) is visible at once; one made
 * elsewhere (SQL, another instance) within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class ShippingConfigStore {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    /** What a request reads; never mutated once built. */
    public record Snapshot(Map<String, MarketPolicy> markets, List<StockLocation> locations, ShippingQuoter quoter,
                           long loadedAtNanos) {
    }

    private final ObjectMapper mapper;
    private volatile Snapshot current;
    /** Bumped by every invalidation, so a load that started before a change never installs its stale result. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public ShippingConfigStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Forget the snapshot: the next reader loads it again (call after a configuration change commits). */
    public void invalidate() {
        generation.incrementAndGet();
        current = null;
    }

    /** The current configuration; loads it (three queries) in the caller's session when missing or too old. */
    public Uni<Snapshot> snapshot() {
        Snapshot s = current;
        if (s != null && System.nanoTime() - s.loadedAtNanos() < MAX_AGE.toNanos()) {
            return Uni.createFrom().item(s);
        }
        return load();
    }

    public Uni<Optional<MarketPolicy>> market(String code) {
        return snapshot().map(s -> Optional.ofNullable(code == null ? null : s.markets().get(code)));
    }

    public Uni<ShippingQuoter> quoter() {
        return snapshot().map(Snapshot::quoter);
    }

    public Uni<List<StockLocation>> locations() {
        return snapshot().map(Snapshot::locations);
    }

    private Uni<Snapshot> load() {
        long started = System.nanoTime();
        long loadingGeneration = generation.get();
        return Panache.withSession(() -> rows("""
                select code, currency, free_shipping_threshold_minor, withdrawal_days, return_hub, time_zone
                from market""", null).map(rows -> {
            Map<String, MarketPolicy> markets = new HashMap<>();
            rows.forEach(r -> {
                Currency currency = Currency.getInstance((String) r[1]);
                Money threshold = r[2] == null ? null : Money.ofMinor(currency, ((Number) r[2]).longValue());
                markets.put((String) r[0], new MarketPolicy((String) r[0], currency, threshold,
                        ((Number) r[3]).intValue(), (String) r[4], ZoneId.of((String) r[5])));
            });
            return Map.copyOf(markets);
        }).chain(markets -> LocationEntity.<LocationEntity>listAll()
                .map(all -> all.stream().map(LocationEntity::toDomain).toList())
                .chain(locations -> loadQuoter().map(quoter -> {
                    Snapshot loaded = new Snapshot(markets, locations, quoter, started);
                    if (generation.get() == loadingGeneration) {
                        current = loaded;
                    }
                    return loaded;
                }))));
    }

    private Uni<ShippingQuoter> loadQuoter() {
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
