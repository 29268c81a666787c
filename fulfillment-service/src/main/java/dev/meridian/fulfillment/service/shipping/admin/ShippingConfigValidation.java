package dev.meridian.fulfillment.service.shipping.admin;

import dev.meridian.fulfillment.domain.routing.LocationKind;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.RateBand;
import dev.meridian.fulfillment.domain.shipping.RateBasis;
import dev.meridian.fulfillment.domain.shipping.RateTable;
import dev.meridian.fulfillment.domain.shipping.ServiceKind;
import dev.meridian.fulfillment.domain.shipping.ShippingConfiguration;
import dev.meridian.fulfillment.domain.shipping.ShippingService;
import dev.meridian.fulfillment.domain.shipping.Zone;
import dev.meridian.platform.money.Money;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns admin requests into configuration values, collecting every problem first: a request with any problem is
 * refused as a whole (400 naming each field) before anything is written.
 */
final class ShippingConfigValidation {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toSet());
    private static final String CODE = "[A-Za-z0-9._-]{1,40}";

    private final List<Problem.Violation> violations = new ArrayList<>();

    private ShippingConfigValidation() {
    }

    static Zone zone(ShippingConfigCommands.PutZone r, ShippingConfiguration current) {
        String code = r.code();
        var v = new ShippingConfigValidation();
        v.code("code", code);
        Set<String> countries = new TreeSet<>();
        for (String country : r.countries()) {
            if (!COUNTRIES.contains(country)) {
                v.add("countries", "unknown ISO 3166-1 alpha-2 country '" + country + "'");
            } else {
                countries.add(country);
            }
        }
        // A destination must resolve to exactly one zone, or its rates would depend on list order.
        current.quoter().zones().stream().filter(z -> !z.code().equals(code)).forEach(other -> {
            Set<String> shared = new TreeSet<>(countries);
            shared.retainAll(other.countries());
            if (!shared.isEmpty()) {
                v.add("countries", shared + " already belong to zone '" + other.code() + "'");
            }
        });
        v.done();
        return new Zone(code, countries);
    }

    static ShippingService service(ShippingConfigCommands.PutService r) {
        String code = r.code();
        var v = new ShippingConfigValidation();
        v.code("code", code);
        ServiceKind kind = v.enumValue("kind", ServiceKind.class, r.kind());
        Set<Incoterm> incoterms = new HashSet<>();
        for (String incoterm : r.incoterms()) {
            Incoterm parsed = v.enumValue("incoterms", Incoterm.class, incoterm);
            if (parsed != null) {
                incoterms.add(parsed);
            }
        }
        if (r.transitDaysMax() < r.transitDaysMin()) {
            v.add("transitDaysMax", "must not be less than transitDaysMin");
        }
        v.done();
        return new ShippingService(code, r.carrier(), r.name(), kind, r.transitDaysMin(), r.transitDaysMax(),
                incoterms, r.freeShippingEligible());
    }

    static RateTable rateTable(ShippingConfigCommands.PutRateTable r, ShippingConfiguration current) {
        String service = r.service();
        String zone = r.zone();
        String currency = r.currency();
        var v = new ShippingConfigValidation();
        if (current.quoter().services().stream().noneMatch(s -> s.code().equals(service))) {
            v.add("service", "unknown shipping service '" + service + "'");
        }
        if (current.quoter().zones().stream().noneMatch(z -> z.code().equals(zone))) {
            v.add("zone", "unknown shipping zone '" + zone + "'");
        }
        boolean knownCurrency = v.currency("currency", currency);
        RateBasis basis = v.enumValue("basis", RateBasis.class, r.basis());
        List<RateBand> bands = new ArrayList<>();
        Set<Long> limits = new HashSet<>();
        int unbounded = 0;
        for (int i = 0; i < r.bands().size(); i++) {
            ShippingConfigCommands.PutRateTable.Band band = r.bands().get(i);
            String field = "bands[" + i + "]";
            if (band.upTo() == null) {
                if (++unbounded > 1) {
                    v.add(field + ".upTo", "overlaps another open-ended band: at most one band may omit upTo");
                }
            } else if (band.upTo() <= 0) {
                v.add(field + ".upTo", "must be positive");
            } else if (!limits.add(band.upTo())) {
                v.add(field + ".upTo", "overlaps another band with the same upper limit " + band.upTo());
            }
            Money price = band.price();
            if (price.minorUnits() < 0) {
                v.add(field + ".price.amount", "must not be negative");
            }
            if (knownCurrency && !price.currency().getCurrencyCode().equals(currency)) {
                v.add(field + ".price.currency", "must be the table's currency " + currency);
            }
            bands.add(new RateBand(band.upTo(), price));
        }
        v.done();
        return new RateTable(service, zone, Currency.getInstance(currency), basis, bands);
    }

    static MarketPolicy market(ShippingConfigCommands.PutMarket r, List<StockLocation> locations) {
        String code = r.code();
        var v = new ShippingConfigValidation();
        if (!code.matches("[A-Z0-9]{2,16}")) {
            v.add("code", "must be a market code like EU (the catalog's: 2-16 upper-case letters or digits)");
        }
        boolean knownCurrency = v.currency("currency", r.currency());
        Money threshold = r.freeShippingThreshold();
        if (threshold != null) {
            if (threshold.minorUnits() < 0) {
                v.add("freeShippingThreshold.amount", "must not be negative");
            }
            if (knownCurrency && !threshold.currency().getCurrencyCode().equals(r.currency())) {
                v.add("freeShippingThreshold.currency", "must be the market's currency " + r.currency());
            }
        }
        if (r.returnHub() != null && locations.stream()
                .noneMatch(l -> l.code().equals(r.returnHub()) && l.kind() == LocationKind.RETURN_HUB)) {
            v.add("returnHub", "unknown return hub '" + r.returnHub() + "' (a location of kind RETURN_HUB)");
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(r.timeZone());
        } catch (DateTimeException e) {
            v.add("timeZone", "unknown time zone '" + r.timeZone() + "'");
        }
        v.done();
        return new MarketPolicy(code, Currency.getInstance(r.currency()), threshold, r.withdrawalDays(),
                r.returnHub(), zone);
    }

    private void code(String field, String code) {
        if (!code.matches(CODE)) {
            add(field, "must be 1-40 of letters, digits, '.', '_', '-'");
        }
    }

    private boolean currency(String field, String code) {
        if (code == null || !CURRENCIES.contains(code)) {
            add(field, "unknown ISO 4217 currency '" + code + "'");
            return false;
        }
        return true;
    }

    private <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            add(field, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private void add(String field, String message) {
        violations.add(new Problem.Violation(field, message));
    }

    private void done() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
