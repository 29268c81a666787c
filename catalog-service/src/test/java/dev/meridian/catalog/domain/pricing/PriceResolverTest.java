package dev.meridian.catalog.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceResolverTest {

    private static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");

    private static Market market(String currency, RoundingRule rule) {
        return Market.of("M" + currency, List.of("DE"), currency, List.of("en"), true, rule, true);
    }

    private static FxRates rates(String quote, String rate) {
        return new FxRates(List.of(
                new FxRate(Money.currencyOf("EUR"), Money.currencyOf(quote), new BigDecimal("0.5"), NOW.minusSeconds(86_400 * 30)),
                new FxRate(Money.currencyOf("EUR"), Money.currencyOf(quote), new BigDecimal(rate), NOW.minusSeconds(86_400)),
                // dated in the future: not yet in force
                new FxRate(Money.currencyOf("EUR"), Money.currencyOf(quote), new BigDecimal("9.9"), NOW.plusSeconds(60))));
    }

    @ParameterizedTest(name = "{0} EUR at {2} {1} with {3} → {4}")
    @CsvSource({
            // base EUR, quote, rate,     rule,          expected
            "59.90,     USD,   1.0832,    ENDING_99,     64.99",
            "20.00,     USD,   1.10,      ENDING_99,     22.99",
            "22.00,     USD,   1.0,       ENDING_99,     22.99",
            "21.99,     USD,   1.0,       ENDING_99,     21.99",
            "59.90,     JPY,   161.237,   WHOLE,         9658",
            "10.00,     JPY,   160.45,    WHOLE,         1605",
            "59.90,     CHF,   0.9412,    NEAREST_0_05,  56.40",
            "10.00,     CHF,   0.9412,    NEAREST_0_05,  9.40",
            "10.00,     CHF,   0.9475,    NEAREST_0_05,  9.50",
            "59.90,     GBP,   0.8711,    EXACT,         52.18",
            "0.00,      USD,   1.08,      ENDING_99,     0.99",
    })
    void derived_prices_convert_with_the_rate_in_force_and_round_by_the_market_rule(
            String base, String quote, String rate, RoundingRule rule, String expected) {
        ResolvedPrice price = PriceResolver.resolve(Money.of("EUR", base), null, market(quote, rule), rates(quote, rate), NOW)
                .orElseThrow();
        assertThat(price.amount()).isEqualTo(Money.of(quote, expected));
        assertThat(price.source()).isEqualTo(ResolvedPrice.Source.DERIVED);
    }

    @Test
    void an_explicit_price_wins_over_the_derived_one() {
        MarketPrice explicit = new MarketPrice("S", "MUSD", Money.of("USD", "49.00"), null, null, null, null);
        ResolvedPrice price = PriceResolver.resolve(Money.of("EUR", "59.90"), explicit, market("USD", RoundingRule.ENDING_99),
                rates("USD", "1.0832"), NOW).orElseThrow();
        assertThat(price.amount()).isEqualTo(Money.of("USD", "49.00"));
        assertThat(price.source()).isEqualTo(ResolvedPrice.Source.EXPLICIT);
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
            "2026-11-27T23:59:59Z, 79.00, false",
            "2026-11-28T00:00:00Z, 59.00, true",
            "2026-11-30T12:00:00Z, 59.00, true",
            "2026-12-01T00:00:00Z, 79.00, false",
    })
    void a_scheduled_sale_applies_only_inside_its_window(Instant at, String expected, boolean onSale) {
        MarketPrice explicit = new MarketPrice("S", "MUSD", Money.of("USD", "79.00"), null, Money.of("USD", "59.00"),
                Instant.parse("2026-11-28T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        ResolvedPrice price = PriceResolver.resolve(Money.of("EUR", "59.90"), explicit, market("USD", RoundingRule.EXACT),
                FxRates.none(), at).orElseThrow();
        assertThat(price.amount()).isEqualTo(Money.of("USD", expected));
        assertThat(price.onSale()).isEqualTo(onSale);
        if (onSale) {
            assertThat(price.compareAt()).isEqualTo(Money.of("USD", "79.00"));
        }
    }

    @Test
    void without_a_rate_in_force_nothing_is_derived() {
        assertThat(PriceResolver.resolve(Money.of("EUR", "10.00"), null, market("USD", RoundingRule.EXACT),
                FxRates.none(), NOW)).isEmpty();
    }

    @Test
    void a_market_with_fx_derivation_off_only_sells_at_explicit_prices() {
        Market noFx = Market.of("NOFX", List.of("US"), "USD", List.of("en"), false, RoundingRule.EXACT, false);
        assertThat(PriceResolver.resolve(Money.of("EUR", "10.00"), null, noFx, rates("USD", "1.1"), NOW)).isEmpty();
    }
}
