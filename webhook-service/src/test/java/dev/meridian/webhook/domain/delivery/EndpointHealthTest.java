package dev.meridian.webhook.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointHealthTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private final EndpointHealth health = new EndpointHealth(
            List.of(Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72)), Duration.ofDays(5));

    @Test
    void a_first_failure_starts_the_streak_without_a_warning() {
        assertThat(health.afterFailure(null, 0, T0)).isEqualTo(new EndpointHealth.Verdict.Failing(T0));
    }

    @Test
    void each_rung_of_the_ladder_warns_once() {
        assertThat(health.afterFailure(T0, 0, T0.plus(Duration.ofMinutes(61))))
                .isInstanceOf(EndpointHealth.Verdict.Warn.class).extracting("level").isEqualTo(1);
        assertThat(health.afterFailure(T0, 1, T0.plus(Duration.ofHours(2))))
                .isInstanceOf(EndpointHealth.Verdict.Failing.class);
        assertThat(health.afterFailure(T0, 1, T0.plus(Duration.ofHours(73))))
                .isInstanceOf(EndpointHealth.Verdict.Warn.class).extracting("level").isEqualTo(3);
    }

    @Test
    void failing_for_the_whole_window_disables() {
        assertThat(health.afterFailure(T0, 3, T0.plus(Duration.ofDays(5))))
                .isInstanceOf(EndpointHealth.Verdict.Disable.class);
    }
}
