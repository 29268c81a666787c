package dev.meridian.webhook.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.platform.webhook.StandardWebhooks;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Integrators;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.ReferenceVerifier;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 acceptance: the npm standardwebhooks reference verifier over real deliveries. */
@QuarkusTest
class ReferenceVerifierTest {

    private Receiver receiver;

    @BeforeEach
    void setUp() {
        TestClock.reset();
        receiver = Receiver.start();
    }

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
        receiver.close();
        TestClock.reset();
    }

    private Receiver.Request deliverOne() {
        int before = receiver.count();
        Events.publish(Events.expired(UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.count() == before + 1);
        return receiver.requests().get(before);
    }

    private static Map<String, String> signed(Receiver.Request r) {
        return Map.of("webhook-id", r.header("webhook-id"), "webhook-timestamp", r.header("webhook-timestamp"),
                "webhook-signature", r.header("webhook-signature"));
    }

    @Test
    void the_reference_verifier_accepts_our_delivery() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Receiver.Request delivery = deliverOne();
        assertThat(ReferenceVerifier.verify(endpoint.secret(), signed(delivery), delivery.body())).isEqualTo("verified");
    }

    @Test
    void the_reference_verifier_rejects_a_tampered_body() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Receiver.Request delivery = deliverOne();
        String tampered = delivery.body().replace("\"orderId\":\"", "\"orderId\":\"x");
        assertThat(tampered).isNotEqualTo(delivery.body());
        assertThat(ReferenceVerifier.verify(endpoint.secret(), signed(delivery), tampered))
                .isEqualTo("rejected: No matching signature found");
    }

    @Test
    void the_reference_verifier_rejects_an_old_timestamp() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Instant tenMinutesAgo = TestClock.reset().minus(Duration.ofMinutes(10));
        TestClock.CLOCK.set(tenMinutesAgo);

        Receiver.Request delivery = deliverOne();

        assertThat(delivery.header("webhook-timestamp")).isEqualTo(Long.toString(tenMinutesAgo.getEpochSecond()));
        // The signature itself is right for that time: the only reason to refuse is the age.
        assertThat(StandardWebhooks.verify(endpoint.secret(), delivery.header("webhook-id"),
                delivery.header("webhook-timestamp"), delivery.header("webhook-signature"), delivery.body(),
                tenMinutesAgo, Duration.ofMinutes(5))).isTrue();
        assertThat(ReferenceVerifier.verify(endpoint.secret(), signed(delivery), delivery.body()))
                .isEqualTo("rejected: Message timestamp too old");
    }

    @Test
    void during_the_rotation_overlap_both_secrets_verify() {
        var endpoint = Endpoints.to(receiver.url()).register();
        String next = Integrators.erpKeyed().post("/v1/webhook-endpoints/" + endpoint.id() + "/secret/rotate")
                .then().statusCode(200).extract().path("secret");

        Receiver.Request delivery = deliverOne();

        assertThat(delivery.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(ReferenceVerifier.verify(next, signed(delivery), delivery.body())).isEqualTo("verified");
        assertThat(ReferenceVerifier.verify(endpoint.secret(), signed(delivery), delivery.body())).isEqualTo("verified");
    }

    @Test
    void the_reference_verifier_rejects_a_rotated_out_secret() {
        var endpoint = Endpoints.to(receiver.url()).register();
        Instant now = TestClock.reset();
        // Rotated 25 hours ago: the one-day overlap ended an hour ago.
        TestClock.CLOCK.set(now.minus(Duration.ofHours(25)));
        String next = Integrators.erpKeyed().post("/v1/webhook-endpoints/" + endpoint.id() + "/secret/rotate")
                .then().statusCode(200).extract().path("secret");
        TestClock.CLOCK.set(now);

        Receiver.Request delivery = deliverOne();

        assertThat(delivery.header("webhook-signature").split(" ")).hasSize(1);
        assertThat(ReferenceVerifier.verify(next, signed(delivery), delivery.body())).isEqualTo("verified");
        assertThat(ReferenceVerifier.verify(endpoint.secret(), signed(delivery), delivery.body()))
                .isEqualTo("rejected: No matching signature found");
    }
}
