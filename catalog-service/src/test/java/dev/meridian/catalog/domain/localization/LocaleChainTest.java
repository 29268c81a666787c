package dev.meridian.catalog.domain.localization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.RoundingRule;
import java.util.List;
import java.util.Map;
import dev.meridian.platform.failure.RuleViolation;
import org.junit.jupiter.api.Test;

class LocaleChainTest {

    private final Market eu = Market.of("EU", List.of("DE", "AT", "FR"), "EUR", List.of("en", "de", "fr"), true,
            RoundingRule.ENDING_99, true);
    private final Map<String, String> text = Map.of("de", "Schal", "en", "Scarf");

    @Test
    void a_regional_locale_falls_back_to_its_language() {
        assertThat(LocaleChain.of("de-AT", eu).pick(text).orElseThrow()).isEqualTo(Map.entry("de", "Schal"));
    }

    @Test
    void a_language_the_product_lacks_falls_back_to_the_market_default() {
        assertThat(LocaleChain.of("fr", eu).pick(text).orElseThrow()).isEqualTo(Map.entry("en", "Scarf"));
    }

    @Test
    void an_invalid_tag_is_refused() {
        assertThatThrownBy(() -> LocaleChain.of("not a locale!", eu)).isInstanceOf(RuleViolation.class);
    }
}
