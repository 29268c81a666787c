package dev.meridian.webhook.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final List<Duration> STANDARD = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

    @Test
    void without_jitter_each_retry_waits_the_scheduled_delay() {
        var schedule = new RetrySchedule(STANDARD, 0);
        for (int failed = 1; failed <= STANDARD.size(); failed++) {
            assertThat(schedule.nextDelay(failed, Optional.empty(), () -> 0.7)).contains(STANDARD.get(failed - 1));
        }
    }

    @Test
    void past_the_last_delay_the_message_is_exhausted_after_eleven_attempts() {
        var schedule = new RetrySchedule(STANDARD, 0.2);
        assertThat(schedule.maxAttempts()).isEqualTo(11);
        assertThat(schedule.nextDelay(11, Optional.empty(), () -> 0.5)).isEmpty();
    }

    @Test
    void jitter_moves_a_delay_by_at_most_its_share_either_way() {
        var schedule = new RetrySchedule(STANDARD, 0.2);
        assertThat(schedule.nextDelay(3, Optional.empty(), () -> 0.0)).contains(Duration.ofMinutes(4));
        assertThat(schedule.nextDelay(3, Optional.empty(), () -> 0.999999).orElseThrow())
                .isLessThanOrEqualTo(Duration.ofMinutes(6)).isGreaterThan(Duration.ofMinutes(5));
        assertThat(schedule.nextDelay(1, Optional.empty(), () -> 0.9)).contains(Duration.ZERO);
    }

    @Test
    void a_longer_retry_after_wins_over_the_schedule_and_a_shorter_one_does_not() {
        var schedule = new RetrySchedule(STANDARD, 0);
        assertThat(schedule.nextDelay(2, Optional.of(Duration.ofSeconds(60)), () -> 0.5)).contains(Duration.ofSeconds(60));
        assertThat(schedule.nextDelay(3, Optional.of(Duration.ofSeconds(60)), () -> 0.5)).contains(Duration.ofMinutes(5));
        assertThat(schedule.nextDelay(2, Optional.of(Duration.ofDays(30)), () -> 0.5)).contains(Duration.ofHours(24));
    }

    @Test
    void only_2xx_is_success_410_is_gone_and_retry_after_counts_for_429_and_5xx_only() {
        assertThat(AttemptResult.ofStatus(204, Optional.empty()).success()).isTrue();
        assertThat(AttemptResult.ofStatus(302, Optional.empty()).success()).isFalse();
        assertThat(AttemptResult.ofStatus(410, Optional.empty())).isInstanceOf(AttemptResult.Gone.class);
        Optional<Duration> after = Optional.of(Duration.ofSeconds(30));
        assertThat(AttemptResult.ofStatus(429, after).honouredRetryAfter()).isEqualTo(after);
        assertThat(AttemptResult.ofStatus(503, after).honouredRetryAfter()).isEqualTo(after);
        assertThat(AttemptResult.ofStatus(400, after).honouredRetryAfter()).isEmpty();
    }

    @Test
    void retry_after_reads_seconds_and_http_dates() {
        var now = java.time.Instant.parse("2026-12-01T10:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Tue, 01 Dec 2026 10:05:00 GMT", now)).contains(Duration.ofMinutes(5));
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
    }
}
