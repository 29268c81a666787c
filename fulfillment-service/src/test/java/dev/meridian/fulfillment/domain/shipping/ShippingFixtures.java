package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.fulfillment.domain.routing.LocationKind;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.platform.money.Money;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** A small, readable shipping setup: one EU zone, economy by weight band, express, local delivery from DE. */
final class ShippingFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final StockLocation ORIGIN = new StockLocation("ORIGIN-PT", LocationKind.ORIGIN, "PT", Set.of(), 100,
            LocalTime.of(14, 0), ZoneId.of("Europe/Lisbon"), 1);
    static final StockLocation WH_DE = new StockLocation("WH-DE", LocationKind.WAREHOUSE, "DE", Set.of("DE"), 1,
            LocalTime.of(16, 0), ZoneId.of("Europe/Berlin"), 0);
    static final MarketPolicy DE = new MarketPolicy("DE", EUR, Money.of("EUR", "60.00"), 14, null,
            ZoneId.of("Europe/Berlin"));

    static final ShippingService ECONOMY = new ShippingService("economy-mail", "simpost", "Economy direct mail",
            ServiceKind.ECONOMY, 4, 7, Set.of(Incoterm.DAP, Incoterm.DDP), true);
    static final ShippingService EXPRESS = new ShippingService("express", "simexpress", "Express",
            ServiceKind.EXPRESS, 1, 2, Set.of(Incoterm.DDP), false);
    static final ShippingService LOCAL = new ShippingService("local-de", "simlocal", "Local delivery",
            ServiceKind.LOCAL, 1, 1, Set.of(Incoterm.DDP), true);

    static ShippingQuoter quoter() {
        Zone eu = new Zone("EU", Set.of("DE", "AT", "FR"));
        return new ShippingQuoter(List.of(eu), List.of(ECONOMY, EXPRESS, LOCAL), List.of(
                new RateTable("economy-mail", "EU", EUR, RateBasis.WEIGHT, List.of(
                        new RateBand(500L, Money.of("EUR", "4.90")),
                        new RateBand(2000L, Money.of("EUR", "7.90")),
                        new RateBand(10000L, Money.of("EUR", "14.90")))),
                new RateTable("express", "EU", EUR, RateBasis.ORDER_VALUE, List.of(
                        new RateBand(null, Money.of("EUR", "19.00")))),
                new RateTable("local-de", "EU", EUR, RateBasis.WEIGHT, List.of(
                        new RateBand(null, Money.of("EUR", "3.50"))))));
    }

    private ShippingFixtures() {
    }
}
