package dev.meridian.fulfillment.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    static Shipment shipment(String from, String to, CustomsDeclaration customs) {
        return Shipment.create("order-1", "DE", "ORIGIN", from, to, "simpost", "economy-mail",
                List.of(new ShipmentLine("A", 2)), List.of(new Parcel(800, 30, 20, 10)), customs, T);
    }

    static Shipment labelled() {
        return shipment("PT", "DE", null).labelled("LX123456785PT");
    }

    @Test
    void a_cross_border_shipment_without_customs_data_is_refused() {
        assertThatThrownBy(() -> shipment("PT", "US", null)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.field()).isEqualTo("customs"));
    }

    @Test
    void inside_the_eu_customs_union_no_customs_data_is_needed() {
        assertThat(shipment("PT", "DE", null).customs()).isNull();
    }

    @Test
    void leaving_the_eu_needs_a_commercial_invoice_with_hs_codes() {
        CustomsDeclaration customs = new CustomsDeclaration(Incoterm.DDP, List.of(
                new CommercialInvoiceLine("Cotton T-shirt", "610910", "PT", 2, Money.of("EUR", "19.90"))));
        assertThat(shipment("PT", "GB", customs).customs().totalValue()).isEqualTo(Money.of("EUR", "39.80"));
    }

    @Test
    void a_malformed_hs_code_is_refused() {
        assertThatThrownBy(() -> new CommercialInvoiceLine("Shirt", "61-09", "PT", 1, Money.of("EUR", "1.00")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void delivered_followed_by_a_late_in_transit_stays_delivered() {
        Shipment delivered = labelled().track(TrackingStatus.DELIVERED, T.plusSeconds(100)).shipment();

        Transition late = delivered.track(TrackingStatus.IN_TRANSIT, T.plusSeconds(50));

        assertThat(late.changed()).isFalse();
        assertThat(late.shipment().state()).isInstanceOf(ShipmentState.Delivered.class);
    }

    @Test
    void reaching_in_transit_first_also_counts_as_dispatched() {
        Transition transition = labelled().track(TrackingStatus.IN_TRANSIT, T);
        assertThat(transition.dispatchedNow()).isTrue();
        assertThat(transition.deliveredNow()).isFalse();
    }

    @Test
    void the_same_milestone_twice_is_reported_once() {
        Shipment inTransit = labelled().track(TrackingStatus.IN_TRANSIT, T).shipment();
        assertThat(inTransit.track(TrackingStatus.IN_TRANSIT, T.plusSeconds(5)).changed()).isFalse();
    }

    @Test
    void a_shipment_without_a_label_cannot_be_dispatched() {
        assertThatThrownBy(() -> shipment("PT", "DE", null).dispatch(T)).isInstanceOf(StateConflict.class);
    }

    @Test
    void a_failed_label_can_be_retried_but_a_created_one_cannot_be_replaced() {
        Shipment failed = shipment("PT", "DE", null).labelFailed("rejected");
        assertThat(failed.state().code()).isEqualTo("label-failed");
        Shipment retried = failed.labelled("LX1");
        assertThatThrownBy(() -> retried.labelled("LX2")).isInstanceOf(StateConflict.class);
    }
}
