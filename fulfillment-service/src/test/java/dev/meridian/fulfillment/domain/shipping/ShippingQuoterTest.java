package dev.meridian.fulfillment.domain.shipping;

import static dev.meridian.fulfillment.domain.shipping.ShippingFixtures.DE;
import static dev.meridian.fulfillment.domain.shipping.ShippingFixtures.ORIGIN;
import static dev.meridian.fulfillment.domain.shipping.ShippingFixtures.WH_DE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShippingQuoterTest {

    private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

    private static List<ShippingOption> quote(long grams, String value) {
        return ShippingFixtures.quoter().quote(new QuoteRequest("DE", "DE", grams, Money.of("EUR", value),
                Optional.empty()), DE, ORIGIN, MORNING);
    }

    private static ShippingOption economy(List<ShippingOption> options) {
        return options.stream().filter(o -> o.service().equals("economy-mail")).findFirst().orElseThrow();
    }

    @Test
    void the_upper_bound_of_a_weight_band_belongs_to_that_band() {
        assertThat(economy(quote(500, "10.00")).price()).isEqualTo(Money.of("EUR", "4.90"));
    }

    @Test
    void one_gram_over_a_band_costs_the_next_band() {
        assertThat(economy(quote(501, "10.00")).price()).isEqualTo(Money.of("EUR", "7.90"));
    }

    @Test
    void a_parcel_heavier_than_the_last_band_gets_no_option_from_that_service() {
        assertThat(quote(10_001, "10.00")).extracting(ShippingOption::service).doesNotContain("economy-mail");
    }

    @Test
    void eligible_services_are_free_exactly_at_the_threshold() {
        ShippingOption option = economy(quote(800, "60.00"));
        assertThat(option.freeShipping()).isTrue();
        assertThat(option.price()).isEqualTo(Money.zero("EUR"));
    }

    @Test
    void one_cent_below_the_threshold_pays_the_rate() {
        ShippingOption option = economy(quote(800, "59.99"));
        assertThat(option.freeShipping()).isFalse();
        assertThat(option.price()).isEqualTo(Money.of("EUR", "7.90"));
    }

    @Test
    void services_not_eligible_for_free_shipping_keep_their_price_above_the_threshold() {
        ShippingOption express = quote(800, "500.00").stream().filter(o -> o.service().equals("express"))
                .findFirst().orElseThrow();
        assertThat(express.price()).isEqualTo(Money.of("EUR", "19.00"));
    }

    @Test
    void prices_are_in_the_market_currency_and_other_currencies_are_refused() {
        assertThat(quote(800, "10.00")).allMatch(o -> o.price().currencyCode().equals("EUR"));
        assertThatThrownBy(() -> ShippingFixtures.quoter().quote(new QuoteRequest("DE", "DE", 800,
                Money.of("USD", "10.00"), Optional.empty()), DE, ORIGIN, MORNING))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void local_delivery_is_offered_only_when_a_serving_warehouse_holds_the_order() {
        assertThat(quote(800, "10.00")).extracting(ShippingOption::service).doesNotContain("local-de");
        List<ShippingOption> withLocal = ShippingFixtures.quoter().quote(new QuoteRequest("DE", "DE", 800,
                Money.of("EUR", "10.00"), Optional.of(WH_DE)), DE, ORIGIN, MORNING);
        assertThat(withLocal).filteredOn(o -> o.service().equals("local-de"))
                .singleElement().satisfies(o -> assertThat(o.shipsFrom()).isEqualTo("WH-DE"));
    }

    @Test
    void the_estimate_is_handling_plus_transit_and_a_day_more_after_the_cut_off() {
        ShippingOption before = economy(quote(800, "10.00"));
        assertThat(before.estimate().minDays()).isEqualTo(1 + 4);
        assertThat(before.estimate().maxDays()).isEqualTo(1 + 7);
        ShippingOption after = economy(ShippingFixtures.quoter().quote(new QuoteRequest("DE", "DE", 800,
                Money.of("EUR", "10.00"), Optional.empty()), DE, ORIGIN, Instant.parse("2026-03-02T15:00:00Z")));
        assertThat(after.estimate().minDays()).isEqualTo(1 + 1 + 4);
    }

    @Test
    void every_option_states_the_incoterms_its_service_supports() {
        assertThat(economy(quote(800, "10.00")).incoterms()).containsExactlyInAnyOrder(Incoterm.DAP, Incoterm.DDP);
    }

    @Test
    void a_country_outside_every_zone_is_refused() {
        assertThatThrownBy(() -> ShippingFixtures.quoter().quote(new QuoteRequest("DE", "JP", 800,
                Money.of("EUR", "10.00"), Optional.empty()), DE, ORIGIN, MORNING))
                .isInstanceOf(RuleViolation.class);
    }
}
