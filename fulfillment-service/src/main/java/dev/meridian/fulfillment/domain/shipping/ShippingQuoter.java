package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Shipping options for a destination, priced in the market's currency from the zone's rate tables, free at or
 * above the market's threshold for eligible services, with an estimate of handling + transit days.
 */
public final class ShippingQuoter {

    private final List<Zone> zones;
    private final List<ShippingService> services;
    private final List<RateTable> rates;

    public ShippingQuoter(List<Zone> zones, List<ShippingService> services, List<RateTable> rates) {
        this.zones = List.copyOf(zones);
        this.services = List.copyOf(services);
        this.rates = List.copyOf(rates);
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<ShippingService> services() {
        return services;
    }

    public List<RateTable> rateTables() {
        return rates;
    }

    public List<ShippingOption> quote(QuoteRequest request, MarketPolicy market, StockLocation origin, Instant now) {
        if (!request.orderValue().currency().equals(market.currency())) {
            throw new RuleViolation("orderValue.currency", "market " + market.market() + " quotes in "
                    + market.currency().getCurrencyCode());
        }
        Zone zone = zones.stream().filter(z -> z.contains(request.destinationCountry())).findFirst()
                .orElseThrow(() -> new RuleViolation("destinationCountry",
                        "no shipping zone covers " + request.destinationCountry()));
        List<ShippingOption> options = new ArrayList<>();
        for (ShippingService service : services) {
            Optional<StockLocation> from = service.kind() == ServiceKind.LOCAL ? request.localWarehouse()
                    : Optional.of(origin);
            if (from.isEmpty()) {
                continue;
            }
            rateFor(service, zone, market).flatMap(t -> t.price(request.weightGrams(), request.orderValue()))
                    .ifPresent(price -> options.add(option(service, price, request, market, from.get(), now)));
        }
        options.sort(Comparator.comparing((ShippingOption o) -> o.price().minorUnits())
                .thenComparingInt(o -> o.estimate().maxDays()));
        return options;
    }

    private Optional<RateTable> rateFor(ShippingService service, Zone zone, MarketPolicy market) {
        return rates.stream().filter(r -> r.service().equals(service.code()) && r.zone().equals(zone.code())
                && r.currency().equals(market.currency())).findFirst();
    }

    private static ShippingOption option(ShippingService service, Money rate, QuoteRequest request,
                                         MarketPolicy market, StockLocation from, Instant now) {
        boolean free = service.freeShippingEligible() && market.qualifiesForFreeShipping(request.orderValue());
        Money price = free ? Money.zero(market.currency()) : rate;
        return new ShippingOption(service.code(), service.carrier(), service.name(), service.kind(), price, free,
                estimate(service, from, now), service.incoterms(), from.code());
    }

    /** Past the location's cut-off the parcel leaves a day later; then handling, then the carrier's transit. */
    static DeliveryEstimate estimate(ShippingService service, StockLocation from, Instant now) {
        ZonedDateTime local = now.atZone(from.zone());
        int late = local.toLocalTime().isBefore(from.cutOff()) ? 0 : 1;
        int min = late + from.handlingDays() + service.transitDaysMin();
        int max = late + from.handlingDays() + service.transitDaysMax();
        LocalDate today = local.toLocalDate();
        return new DeliveryEstimate(min, max, today.plusDays(min), today.plusDays(max));
    }
}
