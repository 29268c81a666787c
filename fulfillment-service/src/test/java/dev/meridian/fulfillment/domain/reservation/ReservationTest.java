package dev.meridian.fulfillment.domain.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.StateConflict;
import dev.meridian.fulfillment.domain.routing.Allocation;
import dev.meridian.fulfillment.domain.routing.OrderLine;
import dev.meridian.fulfillment.domain.routing.RoutingDecision;
import dev.meridian.fulfillment.domain.routing.RoutingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Reservation held() {
        RoutingDecision routing = new RoutingDecision(List.of(new Allocation("ORIGIN-PT",
                List.of(new OrderLine("A", 1), new OrderLine("B", 2)))), RoutingReason.ORIGIN_COMPLETE, "test");
        return Reservation.hold("order-1", "EU", "DE", routing, NOW, Duration.ofMinutes(15));
    }

    @Test
    void a_hold_lists_every_line_at_its_routed_location() {
        assertThat(held().lines()).containsExactly(new ReservationLine("A", "ORIGIN-PT", 1),
                new ReservationLine("B", "ORIGIN-PT", 2));
    }

    @Test
    void a_hold_expires_exactly_at_its_ttl() {
        Reservation r = held();
        assertThat(r.isExpiredAt(NOW.plus(Duration.ofMinutes(15)).minusMillis(1))).isFalse();
        assertThat(r.isExpiredAt(NOW.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void an_expired_hold_cannot_be_confirmed() {
        assertThatThrownBy(() -> held().confirm(NOW.plus(Duration.ofMinutes(16)))).isInstanceOf(StateConflict.class);
    }

    @Test
    void a_confirmed_reservation_cannot_be_released() {
        Reservation confirmed = held().confirm(NOW);
        assertThatThrownBy(confirmed::release).isInstanceOf(StateConflict.class);
    }

    @Test
    void releasing_twice_is_harmless() {
        Reservation released = held().release();
        assertThat(released.release().status()).isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void ttl_below_one_minute_is_refused() {
        assertThatThrownBy(() -> ReservationTtl.STANDARD.resolve(30))
                .isInstanceOf(dev.meridian.platform.failure.RuleViolation.class);
    }
}
