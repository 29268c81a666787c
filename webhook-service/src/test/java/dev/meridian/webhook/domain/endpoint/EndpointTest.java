package dev.meridian.webhook.domain.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EndpointTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Endpoint.Settings settings(String market) {
        return new Endpoint.Settings(EndpointUrl.parse("https://erp.example.com/hooks", true), "ERP",
                EventTypeFilter.of(List.of("meridian.checkout.order.*")), market, true, null, OrderingMode.PER_AGGREGATE);
    }

    @Test
    void a_generated_secret_is_a_standard_webhooks_secret_of_32_random_bytes() {
        WebhookSecret a = WebhookSecret.generate();
        WebhookSecret b = WebhookSecret.generate();
        assertThat(a.value()).startsWith("whsec_").hasSize("whsec_".length() + 44);
        assertThat(a.value()).isNotEqualTo(b.value());
        assertThat(a.toString()).doesNotContain(a.value().substring(6));
    }

    @Test
    void after_a_rotation_both_secrets_sign_until_the_overlap_ends() {
        WebhookSecret first = WebhookSecret.generate();
        WebhookSecret second = WebhookSecret.generate();
        Endpoint endpoint = Endpoint.create(UUID.randomUUID(), settings(null), first, NOW)
                .rotate(second, NOW, Duration.ofHours(24));

        assertThat(endpoint.signingSecrets(NOW.plus(Duration.ofHours(23)))).containsExactly(second, first);
        assertThat(endpoint.signingSecrets(NOW.plus(Duration.ofHours(24)))).containsExactly(second);
    }

    @Test
    void a_market_filtered_endpoint_wants_only_events_that_name_its_market() {
        Endpoint de = Endpoint.create(UUID.randomUUID(), settings("DE"), WebhookSecret.generate(), NOW);
        assertThat(de.wants("meridian.checkout.order.placed.v1", "DE")).isTrue();
        assertThat(de.wants("meridian.checkout.order.placed.v1", "FR")).isFalse();
        assertThat(de.wants("meridian.checkout.order.placed.v1", null)).isFalse();
        assertThat(de.wants("meridian.catalog.product.created.v1", "DE")).isFalse();
    }

    @Test
    void a_disabled_endpoint_wants_nothing() {
        Endpoint endpoint = Endpoint.create(UUID.randomUUID(), settings(null), WebhookSecret.generate(), NOW);
        var off = new Endpoint.Settings(endpoint.url(), null, endpoint.eventTypes(), null, false, null,
                OrderingMode.NONE);
        assertThat(endpoint.update(off, NOW).wants("meridian.checkout.order.placed.v1", null)).isFalse();
    }

    @Test
    void urls_must_be_absolute_http_or_https_without_credentials() {
        assertThatThrownBy(() -> EndpointUrl.parse("ftp://erp.example.com/", false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("http");
        assertThatThrownBy(() -> EndpointUrl.parse("https://user:pw@erp.example.com/", false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("user info");
        assertThatThrownBy(() -> EndpointUrl.parse("/relative", false)).isInstanceOf(RuleViolation.class);
        assertThat(EndpointUrl.parse("http://erp.example.com:8080/h?x=1", false).pathAndQuery()).isEqualTo("/h?x=1");
    }

    @Test
    void https_only_refuses_plain_http() {
        assertThatThrownBy(() -> EndpointUrl.parse("http://erp.example.com/", true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("https");
    }

    @Test
    void throttle_and_market_are_bounded() {
        var url = EndpointUrl.parse("https://erp.example.com/", true);
        var types = EventTypeFilter.of(List.of("*"));
        assertThatThrownBy(() -> new Endpoint.Settings(url, null, types, null, true, 0, OrderingMode.NONE))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("throttlePerSecond");
        assertThatThrownBy(() -> new Endpoint.Settings(url, null, types, "de", true, null, OrderingMode.NONE))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("market");
    }
}
