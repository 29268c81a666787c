package dev.meridian.fulfillment.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import dev.meridian.fulfillment.domain.shipment.TrackingStatus;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnCaseTest {

    /** Delivered late in the evening Berlin time: the day counts in the market's zone, not UTC. */
    private static final Instant DELIVERED = Instant.parse("2026-03-01T20:30:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MarketPolicy DE = market(null);
    private static final MarketPolicy DE_WITH_HUB = market("HUB-DE");

    private static MarketPolicy market(String hub) {
        return new MarketPolicy("DE", Currency.getInstance("EUR"), Money.of("EUR", "60.00"), 14, hub, BERLIN);
    }

    private static Shipment delivered() {
        return Shipment.create("order-1", "DE", "ORIGIN-PT", "PT", "DE", "simpost", "economy-mail",
                        List.of(new ShipmentLine("A", 2)), List.of(new Parcel(800, 1, 1, 1)), null,
                        DELIVERED.minusSeconds(86_400 * 3))
                .labelled("LX1").track(TrackingStatus.DELIVERED, DELIVERED).shipment();
    }

    private static Instant onDay(int day) {
        return DELIVERED.atZone(BERLIN).toLocalDate().plusDays(day).atTime(12, 0).atZone(BERLIN).toInstant();
    }

    private static ReturnCase open(MarketPolicy market, Instant now, int quantity) {
        return ReturnCase.open(delivered(), market, "ORIGIN-PT",
                List.of(new ReturnLine("A", quantity, "too small", null)), Map.of(), now);
    }

    @Test
    void a_return_on_day_14_after_delivery_is_accepted() {
        assertThat(open(DE, onDay(14), 1).status()).isEqualTo(ReturnStatus.OPEN);
    }

    @Test
    void a_return_on_day_15_after_delivery_is_refused() {
        assertThatThrownBy(() -> open(DE, onDay(15), 1)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("day 15");
    }

    @Test
    void a_return_goes_to_the_local_hub_when_the_market_has_one() {
        assertThat(open(DE_WITH_HUB, onDay(1), 1).destination()).isEqualTo("HUB-DE");
    }

    @Test
    void a_return_goes_to_the_origin_when_the_market_has_no_hub() {
        assertThat(open(DE, onDay(1), 1).destination()).isEqualTo("ORIGIN-PT");
    }

    @Test
    void more_units_than_were_shipped_cannot_be_returned() {
        assertThatThrownBy(() -> open(DE, onDay(1), 3)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void goods_not_yet_delivered_cannot_be_returned() {
        Shipment inTransit = Shipment.create("order-1", "DE", "ORIGIN-PT", "PT", "DE", "simpost", "economy-mail",
                List.of(new ShipmentLine("A", 2)), List.of(new Parcel(800, 1, 1, 1)), null, DELIVERED)
                .labelled("LX1");
        assertThatThrownBy(() -> ReturnCase.open(inTransit, DE, "ORIGIN-PT",
                List.of(new ReturnLine("A", 1, "x", null)), Map.of(), onDay(1))).isInstanceOf(StateConflict.class);
    }

    @Test
    void only_sellable_units_are_restocked() {
        ReturnCase received = ReturnCase.open(delivered(), DE, "ORIGIN-PT", List.of(
                        new ReturnLine("A", 1, "too small", null)), Map.of(), onDay(2))
                .receive(Map.of("A", ReturnCondition.DAMAGED), onDay(5));
        assertThat(received.restockable()).isEmpty();
    }
}
