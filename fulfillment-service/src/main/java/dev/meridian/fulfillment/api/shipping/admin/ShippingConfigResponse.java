package dev.meridian.fulfillment.api.shipping.admin;

import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.RateTable;
import dev.meridian.fulfillment.domain.shipping.ShippingConfiguration;
import dev.meridian.fulfillment.domain.shipping.ShippingService;
import dev.meridian.fulfillment.domain.shipping.Zone;
import dev.meridian.platform.money.Money;
import java.util.Comparator;
import java.util.List;

/** The shipping configuration as quotes currently use it (the in-memory snapshot). */
public record ShippingConfigResponse(List<ZoneView> zones, List<ServiceView> services, List<RateTableView> rateTables,
                                     List<MarketView> markets) {

    public record ZoneView(String code, List<String> countries) {
    }

    public record ServiceView(String code, String carrier, String name, String kind, int transitDaysMin,
                              int transitDaysMax, List<String> incoterms, boolean freeShippingEligible) {
    }

    public record BandView(Long upTo, Money price) {
    }

    public record RateTableView(String service, String zone, String currency, String basis, List<BandView> bands) {
    }

    public record MarketView(String code, String currency, Money freeShippingThreshold, int withdrawalDays,
                             String returnHub, String timeZone) {
    }

    public static ShippingConfigResponse of(ShippingConfiguration s) {
        var quoter = s.quoter();
        return new ShippingConfigResponse(
                quoter.zones().stream().sorted(Comparator.comparing(Zone::code))
                        .map(z -> new ZoneView(z.code(), z.countries().stream().sorted().toList())).toList(),
                quoter.services().stream().sorted(Comparator.comparing(ShippingService::code))
                        .map(v -> new ServiceView(v.code(), v.carrier(), v.name(), v.kind().name(), v.transitDaysMin(),
                                v.transitDaysMax(), v.incoterms().stream().map(Enum::name).sorted().toList(),
                                v.freeShippingEligible())).toList(),
                quoter.rateTables().stream().sorted(Comparator.comparing(RateTable::service)
                                .thenComparing(RateTable::zone).thenComparing(t -> t.currency().getCurrencyCode()))
                        .map(t -> new RateTableView(t.service(), t.zone(), t.currency().getCurrencyCode(),
                                t.basis().name(), t.bands().stream().map(b -> new BandView(b.upTo(), b.price()))
                                .toList())).toList(),
                s.markets().values().stream().sorted(Comparator.comparing(MarketPolicy::market))
                        .map(m -> new MarketView(m.market(), m.currency().getCurrencyCode(), m.freeShippingThreshold(),
                                m.withdrawalDays(), m.returnHub(), m.zone().getId())).toList());
    }
}
