package dev.meridian.compliance.domain.tax;

import static dev.meridian.compliance.domain.tax.Quotes.quote;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteExplanationTest {

    private static final QuoteEngine ENGINE = QuoteEngine.of(SeededRules.load());

    @Test
    void the_us_approximation_is_labelled_on_the_line() {
        Quote quote = ENGINE.quote(quote().from("US").to("US", "CA").in("USD").net("100.00").build());

        assertThat(quote.lines().getFirst().explanation()).contains("APPROXIMATION");
        assertThat(quote.lines().getFirst().rules()).extracting(RuleRef::id).contains("us-ca-sales-tax", "us-rounding");
    }

    @Test
    void a_threshold_in_another_currency_records_the_conversion_and_its_rate_rule() {
        Quote quote = ENGINE.quote(quote().from("US").in("USD").net("165.01").build());

        ThresholdCheck check = quote.thresholds().getFirst();
        assertThat(check.value().from().amountString()).isEqualTo("165.01");
        assertThat(check.value().to().toString()).isEqualTo("150.01 EUR");
        assertThat(check.value().rates()).extracting(RuleRef::id).containsExactly("fx-usd");
        assertThat(check.atOrBelow()).isFalse();
        assertThat(quote.lines().getFirst().rules()).extracting(RuleRef::id)
                .contains("de-vat-standard", "eu-ioss", "eu-duty-61", "fx-usd");
    }

    @Test
    void an_inclusive_line_explains_the_extraction() {
        Quote quote = ENGINE.quote(quote().gross("119.00").build());

        assertThat(quote.lines().getFirst().explanation())
                .contains("DE VAT 19% = 19.00 EUR (de-vat-standard v1)")
                .contains("Price 119.00 EUR includes tax: 100.00 EUR net + 19.00 EUR tax");
    }

    @Test
    void a_rate_change_names_the_version_in_force() {
        QuotedLine before = ENGINE.quote(quote().from("EE").to("EE").on("2025-06-30").net("1.00").build()).lines().getFirst();
        QuotedLine after = ENGINE.quote(quote().from("EE").to("EE").on("2025-07-01").net("1.00").build()).lines().getFirst();

        assertThat(before.rules()).contains(new RuleRef("ee-vat-standard", 2));
        assertThat(after.rules()).contains(new RuleRef("ee-vat-standard", 3));
    }
}
