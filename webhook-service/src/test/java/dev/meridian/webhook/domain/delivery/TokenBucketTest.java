package dev.meridian.webhook.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_full_bucket_allows_a_burst_of_one_second_then_paces_at_the_rate() {
        TokenBucket bucket = new TokenBucket(5, 0);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake(0)).isTrue();
        }
        assertThat(bucket.tryTake(0)).isFalse();
        assertThat(bucket.nanosUntilToken(0)).isEqualTo(SECOND / 5);
        assertThat(bucket.tryTake(SECOND / 5)).isTrue();
        assertThat(bucket.tryTake(SECOND / 5)).isFalse();
    }

    @Test
    void over_ten_seconds_no_more_than_rate_times_ten_plus_the_burst_pass() {
        TokenBucket bucket = new TokenBucket(3, 0);
        int passed = 0;
        for (long t = 0; t <= 10 * SECOND; t += SECOND / 100) {
            while (bucket.tryTake(t)) {
                passed++;
            }
        }
        assertThat(passed).isEqualTo(3 + 30);
    }
}
