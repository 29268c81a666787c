package dev.meridian.webhook.domain.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypeFilterTest {

    @Test
    void an_exact_type_matches_only_itself() {
        var filter = EventTypeFilter.of(List.of("meridian.checkout.order.placed.v1"));
        assertThat(filter.matches("meridian.checkout.order.placed.v1")).isTrue();
        assertThat(filter.matches("meridian.checkout.order.placed.v2")).isFalse();
        assertThat(filter.matches("meridian.checkout.order.placed")).isFalse();
    }

    @Test
    void a_trailing_wildcard_matches_every_type_below_the_prefix() {
        var filter = EventTypeFilter.of(List.of("meridian.checkout.order.*"));
        assertThat(filter.matches("meridian.checkout.order.placed.v1")).isTrue();
        assertThat(filter.matches("meridian.checkout.order.cancelled.v2")).isTrue();
        assertThat(filter.matches("meridian.checkout.order")).isFalse();
        assertThat(filter.matches("meridian.checkout.cart.created.v1")).isFalse();
        assertThat(filter.matches("meridian.checkout.orders.placed.v1")).isFalse();
    }

    @Test
    void an_inner_wildcard_stands_for_exactly_one_segment() {
        var filter = EventTypeFilter.of(List.of("meridian.*.shipment.dispatched.v1"));
        assertThat(filter.matches("meridian.fulfillment.shipment.dispatched.v1")).isTrue();
        assertThat(filter.matches("meridian.fulfillment.x.shipment.dispatched.v1")).isFalse();
    }

    @Test
    void a_lone_wildcard_matches_everything() {
        assertThat(EventTypeFilter.of(List.of("*")).matches("meridian.catalog.product.created.v1")).isTrue();
    }

    @Test
    void any_of_several_patterns_is_enough() {
        var filter = EventTypeFilter.of(List.of("meridian.checkout.order.*", "meridian.payment.*"));
        assertThat(filter.matches("meridian.payment.authorized.v1")).isTrue();
        assertThat(filter.matches("meridian.catalog.product.created.v1")).isFalse();
    }

    @Test
    void malformed_patterns_are_refused_naming_the_entry() {
        assertThatThrownBy(() -> EventTypeFilter.of(List.of("meridian.checkout.order.*", "Meridian..x")))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("eventTypes[1]");
        assertThatThrownBy(() -> EventTypeFilter.of(List.of("meridian.check*")))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("eventTypes[0]");
        assertThatThrownBy(() -> EventTypeFilter.of(List.of()))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("eventTypes");
    }
}
