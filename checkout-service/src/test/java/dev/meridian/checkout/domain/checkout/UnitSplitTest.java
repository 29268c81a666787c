package dev.meridian.checkout.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitSplitTest {

    @ParameterizedTest(name = "{0} {1} for {2}")
    @CsvSource({"EUR, 29.99, 3", "EUR, 30.00, 3", "EUR, 0.01, 7", "JPY, 1000, 3", "KWD, 1.000, 6", "EUR, 0.00, 2"})
    void a_line_total_splits_into_whole_unit_prices_that_keep_the_quantity_and_the_exact_total(String currency,
                                                                                              String total, int qty) {
        Money amount = Money.of(currency, total);

        var parts = UnitSplit.of(amount, qty);

        assertThat(parts.stream().mapToInt(UnitSplit.Part::quantity).sum()).isEqualTo(qty);
        assertThat(parts.stream().map(p -> p.unitPrice().times(p.quantity())).reduce(Money.zero(currency), Money::plus))
                .isEqualTo(amount);
        assertThat(parts).hasSizeLessThanOrEqualTo(2);
        if (parts.size() == 2) {
            assertThat(parts.get(1).unitPrice().minus(parts.get(0).unitPrice()).minorUnits()).isEqualTo(1);
        }
    }
}
