package dev.meridian.webhook.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.webhook.client.DestinationGuard;
import dev.meridian.webhook.client.HostResolver;
import dev.meridian.webhook.client.HttpOutcome;
import dev.meridian.webhook.client.WebhookHttpClient;
import dev.meridian.webhook.domain.destination.Cidr;
import dev.meridian.webhook.domain.destination.DestinationPolicy;
import dev.meridian.webhook.domain.endpoint.EndpointUrl;
import dev.meridian.webhook.support.Receiver;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 acceptance: the SSRF guard at connect time, after DNS, with no allow-list (as in production). Receivers
 * listen on loopback (IPv4 and IPv6) and must get nothing; the other refused addresses are never connected to.
 */
class SsrfGuardTest {

    private static Vertx vertx;
    private Receiver v4;
    private Receiver v6;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void receivers() {
        v4 = Receiver.on("127.0.0.1");
        v6 = Receiver.on("::1");
    }

    @AfterEach
    void close() {
        v4.close();
        v6.close();
    }

    private static WebhookHttpClient client(DestinationPolicy policy, HostResolver resolver) {
        return new WebhookHttpClient(vertx, new DestinationGuard(policy, resolver, false), Duration.ofSeconds(2),
                Duration.ofSeconds(15), 1024);
    }

    private static HttpOutcome post(WebhookHttpClient client, String url) {
        return client.post(EndpointUrl.parse(url, false), Map.of("content-type", "application/json"), "{}")
                .await().atMost(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "2130706433", "0x7f000001", "[::ffff:127.0.0.1]", "0177.0.0.1",
            "localhost"})
    void loopback_in_every_notation_and_by_name_is_refused_without_connecting(String host) {
        int port = host.startsWith("[::1]") ? v6.port() : v4.port();
        HttpOutcome outcome = post(client(DestinationPolicy.strict(), HostResolver.SYSTEM),
                "http://" + host + ":" + port + "/hook");

        assertThat(outcome.status()).isNull();
        assertThat(outcome.error()).startsWith("destination refused").contains("loopback");
        assertThat(v4.count() + v6.count()).isZero();
    }

    @Test
    void a_short_form_that_is_no_valid_url_host_is_refused_when_registered() {
        assertThatThrownBy(() -> EndpointUrl.parse("http://127.1:" + v4.port() + "/hook", false))
                .hasMessageContaining("host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "10.0.0.1", "[fd00::1]", "100.64.0.1", "192.168.0.1", "[fe80::1]",
            "0.0.0.0", "224.0.0.1"})
    void internal_addresses_are_refused_before_any_connection(String host) {
        // The guard alone: this test never lets a connection to a non-loopback address happen, even if it failed.
        var guard = new DestinationGuard(DestinationPolicy.strict(), HostResolver.SYSTEM, false);
        assertThatThrownBy(() -> guard.check(EndpointUrl.parse("http://" + host + "/hook", false)))
                .isInstanceOf(DestinationGuard.Refused.class).hasMessageStartingWith("destination refused");
    }

    @Test
    void a_name_that_resolves_to_loopback_is_refused_and_the_checked_address_is_the_one_connected_to() throws Exception {
        // A resolver that answers a public address first and loopback second (a rebinding attempt): refused.
        HostResolver rebinding = host -> List.of(InetAddress.getByName("93.184.215.14"),
                InetAddress.getByName("127.0.0.1"));
        HttpOutcome outcome = post(client(DestinationPolicy.strict(), rebinding),
                "http://hooks.example.com:" + v4.port() + "/hook");

        assertThat(outcome.error()).startsWith("destination refused").contains("loopback");
        assertThat(v4.count()).isZero();
    }

    @Test
    void an_allowed_name_is_connected_to_at_the_address_the_guard_checked_with_its_own_host_header() {
        // The name does not exist in DNS: only the guard's resolution can have chosen where the connection went.
        HostResolver pinned = host -> List.of(InetAddress.getLoopbackAddress());
        var allowLoopback = new DestinationPolicy(List.of(Cidr.parse("127.0.0.0/8")));
        HttpOutcome outcome = post(client(allowLoopback, pinned), "http://erp.invalid:" + v4.port() + "/hook");

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(v4.requests().getFirst().header("host")).isEqualTo("erp.invalid:" + v4.port());
    }

    @Test
    void a_302_to_loopback_is_not_followed() {
        var allowOne = new DestinationPolicy(List.of(Cidr.parse("127.0.0.1/32")));
        v4.answering(r -> Receiver.Reply.status(302).header("Location", "http://[::1]:" + v6.port() + "/internal"));

        HttpOutcome outcome = post(client(allowOne, HostResolver.SYSTEM), v4.url());

        assertThat(outcome.status()).isEqualTo(302);
        assertThat(v4.count()).isEqualTo(1);
        assertThat(v6.count()).isZero();
    }

    @Test
    void https_only_refuses_plain_http_at_connect_time() {
        var allowLoopback = new DestinationPolicy(List.of(Cidr.parse("127.0.0.0/8")));
        var httpsOnly = new WebhookHttpClient(vertx, new DestinationGuard(allowLoopback, HostResolver.SYSTEM, true),
                Duration.ofSeconds(2), Duration.ofSeconds(15), 1024);

        HttpOutcome outcome = post(httpsOnly, v4.url());

        assertThat(outcome.error()).contains("only https");
        assertThat(v4.count()).isZero();
    }
}
