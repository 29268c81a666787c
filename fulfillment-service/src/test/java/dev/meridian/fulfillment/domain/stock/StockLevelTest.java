package dev.meridian.fulfillment.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import org.junit.jupiter.api.Test;

class StockLevelTest {

    private static final StockKey KEY = new StockKey("TSHIRT-M", "ORIGIN-PT");

    private static StockLevel level(long onHand, long reserved, long version) {
        return new StockLevel(KEY, onHand, reserved, version);
    }

    @Test
    void available_is_on_hand_minus_reserved() {
        assertThat(level(10, 3, 0).available()).isEqualTo(7);
    }

    @Test
    void reserving_more_than_available_is_refused_and_changes_nothing() {
        StockLevel level = level(10, 8, 0);
        assertThatThrownBy(() -> level.reserve(3)).isInstanceOf(InsufficientStock.class);
        assertThat(level.available()).isEqualTo(2);
    }

    @Test
    void reserving_exactly_what_is_available_leaves_zero() {
        assertThat(level(10, 8, 0).reserve(2).available()).isZero();
    }

    @Test
    void releasing_gives_units_back() {
        assertThat(level(10, 8, 0).release(5).available()).isEqualTo(7);
    }

    @Test
    void allocating_keeps_the_units_on_hand_and_unavailable() {
        StockLevel allocated = level(10, 4, 0).allocate(4);
        assertThat(allocated.onHand()).isEqualTo(10);
        assertThat(allocated.allocated()).isEqualTo(4);
        assertThat(allocated.available()).isEqualTo(6);
    }

    @Test
    void dispatching_allocated_units_takes_them_out_of_on_hand_reserved_and_allocated() {
        StockLevel dispatched = level(10, 6, 0).allocate(4).dispatch(4);
        assertThat(dispatched.onHand()).isEqualTo(6);
        assertThat(dispatched.reserved()).isEqualTo(2);
        assertThat(dispatched.allocated()).isZero();
        assertThat(dispatched.available()).isEqualTo(4);
    }

    @Test
    void only_allocated_units_can_be_dispatched_and_only_held_units_allocated() {
        assertThatThrownBy(() -> level(10, 4, 0).dispatch(1)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> level(10, 4, 0).allocate(5)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void releasing_never_gives_back_allocated_units() {
        StockLevel level = level(10, 4, 0).allocate(3).release(4);
        assertThat(level.reserved()).isEqualTo(3);
        assertThat(level.available()).isEqualTo(7);
    }

    @Test
    void an_adjustment_below_reserved_units_is_a_conflict() {
        assertThatThrownBy(() -> level(10, 6, 0).adjust(-5)).isInstanceOf(StateConflict.class)
                .hasMessageContaining("6 reserved");
    }

    @Test
    void an_adjustment_below_zero_on_hand_is_a_conflict() {
        assertThatThrownBy(() -> level(3, 0, 0).adjust(-4)).isInstanceOf(StateConflict.class)
                .hasMessageContaining("3 on hand");
    }

    @Test
    void shrinkage_down_to_the_reserved_units_is_booked() {
        assertThat(level(10, 6, 0).adjust(-4).onHand()).isEqualTo(6);
    }

    @Test
    void an_older_feed_line_never_overwrites_a_newer_level() {
        StockLevel newer = level(10, 0, 0).applyFeed(25, 7);
        assertThat(newer.applyFeed(3, 5)).isEqualTo(newer);
        assertThat(newer.applyFeed(3, 7)).isEqualTo(newer);
        assertThat(newer.applyFeed(3, 8).onHand()).isEqualTo(3);
    }

    @Test
    void movements_booked_after_the_count_are_applied_on_top_of_it() {
        assertThat(level(10, 0, 0).applyFeed(10, 1, -2).onHand()).isEqualTo(8);
        assertThat(level(10, 0, 0).applyFeed(10, 1, 3).onHand()).isEqualTo(13);
    }

    @Test
    void a_count_and_later_removals_never_leave_less_than_nothing() {
        assertThat(level(1, 0, 0).applyFeed(1, 1, -4).onHand()).isZero();
    }

    @Test
    void a_feed_count_below_reserved_units_leaves_nothing_available_but_never_negative() {
        StockLevel counted = level(10, 6, 0).applyFeed(4, 1);
        assertThat(counted.available()).isZero();
    }
}
