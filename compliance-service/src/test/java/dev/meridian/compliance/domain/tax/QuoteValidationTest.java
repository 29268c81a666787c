package dev.meridian.compliance.domain.tax;

import static dev.meridian.compliance.domain.tax.Quotes.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.money.Money;
import org.junit.jupiter.api.Test;

class QuoteValidationTest {

    private static final QuoteEngine ENGINE = QuoteEngine.of(SeededRules.load());

    @Test
    void an_unknown_country_code_is_invalid() {
        assertInvalid(quote().to("XX").net("10.00"), "shipTo.country", false);
    }

    @Test
    void a_negative_amount_is_invalid() {
        assertInvalid(quote().net("-1.00"), "lines[0].unitPrice.amount", false);
    }

    @Test
    void a_line_in_another_currency_is_invalid() {
        QuoteRequest request = quote().net("10.00").build();
        QuoteRequest mixed = new QuoteRequest(request.market(), request.shipFrom(), request.shipTo(),
                Money.currencyOf("USD"), request.lines(), null, false, request.incoterm(), request.date());
        assertThatThrownBy(() -> ENGINE.quote(mixed)).isInstanceOfSatisfying(InvalidQuoteException.class,
                e -> assertThat(e.field()).isEqualTo("lines[0].unitPrice.currency"));
    }

    @Test
    void a_malformed_hs_code_is_invalid() {
        assertInvalid(quote().from("US").hs("10.00", "61-09"), "lines[0].hsCode", false);
    }

    @Test
    void a_cross_border_line_without_hs_code_is_invalid() {
        assertInvalid(quote().from("US").line(1, "10.00", false, "standard", null, null), "lines[0].hsCode", false);
    }

    @Test
    void a_us_destination_needs_a_state() {
        assertInvalid(quote().to("US").in("USD").net("10.00"), "shipTo.region", false);
    }

    @Test
    void a_country_without_rules_is_unprocessable_rather_than_taxed_at_zero() {
        assertInvalid(quote().to("BR").in("BRL").net("10.00"), "shipTo.country", true);
    }

    @Test
    void tax_inclusive_prices_cannot_leave_the_tax_to_the_door() {
        assertInvalid(quote().from("US").gross("500.00"), "incoterm", true);
    }

    private static void assertInvalid(Quotes request, String field, boolean unprocessable) {
        assertThatThrownBy(() -> ENGINE.quote(request.build())).isInstanceOfSatisfying(InvalidQuoteException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.unprocessable()).isEqualTo(unprocessable);
        });
    }
}
