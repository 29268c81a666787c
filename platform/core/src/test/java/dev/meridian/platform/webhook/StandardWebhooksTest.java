package dev.meridian.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    // The reference vector published with the Standard Webhooks specification.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void signs_like_the_reference_implementation() {
        assertThat(StandardWebhooks.signatureHeader(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void accepts_the_reference_signature() {
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(TIMESTAMP), SIGNATURE, BODY, THEN, FIVE_MINUTES))
                .isTrue();
    }

    @Test
    void accepts_any_of_several_signatures_during_key_rotation() {
        String rotated = "v1,b2xkLXNpZ25hdHVyZQ== " + SIGNATURE;
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(TIMESTAMP), rotated, BODY, THEN, FIVE_MINUTES))
                .isTrue();
    }

    @Test
    void refuses_a_tampered_body() {
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(TIMESTAMP), SIGNATURE, BODY + " ", THEN,
                FIVE_MINUTES)).isFalse();
    }

    @Test
    void refuses_a_replay_outside_the_tolerance() {
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(TIMESTAMP), SIGNATURE, BODY,
                THEN.plus(Duration.ofMinutes(6)), FIVE_MINUTES)).isFalse();
    }

    @Test
    void refuses_garbage_headers() {
        assertThat(StandardWebhooks.verify(SECRET, ID, "yesterday", SIGNATURE, BODY, THEN, FIVE_MINUTES)).isFalse();
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(TIMESTAMP), "v1,%%%", BODY, THEN, FIVE_MINUTES))
                .isFalse();
    }
}
