package dev.meridian.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void allocating_100_eur_in_three_parts_gives_the_extra_cent_to_the_first_part() {
        assertThat(Money.of("EUR", "100.00").allocateEvenly(3))
                .containsExactly(Money.of("EUR", "33.34"), Money.of("EUR", "33.33"), Money.of("EUR", "33.33"));
    }

    @Test
    void allocation_by_ratios_never_loses_or_invents_a_minor_unit() {
        Money total = Money.of("JPY", "1001");
        var parts = total.allocate(1, 2, 3, 0, 7);
        assertThat(parts.stream().map(Money::minorUnits).reduce(0L, Long::sum)).isEqualTo(1001);
        assertThat(parts.get(3).isZero()).isTrue();
    }

    @Test
    void negative_amounts_allocate_exactly_too() {
        var parts = Money.of("EUR", "-0.05").allocateEvenly(2);
        assertThat(parts.stream().map(Money::minorUnits).reduce(0L, Long::sum)).isEqualTo(-5);
    }

    @Test
    void adding_different_currencies_is_refused() {
        assertThatThrownBy(() -> Money.of("EUR", "1.00").plus(Money.of("USD", "1.00")))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void more_decimals_than_the_currency_has_is_rejected() {
        assertThatThrownBy(() -> Money.of("EUR", "19.999")).isInstanceOf(InvalidMoneyException.class)
                .satisfies(e -> assertThat(((InvalidMoneyException) e).field()).isEqualTo("amount"));
        assertThatThrownBy(() -> Money.of("JPY", "100.5")).isInstanceOf(InvalidMoneyException.class);
    }

    @Test
    void trailing_zeros_beyond_the_exponent_are_not_extra_precision() {
        assertThat(Money.of("JPY", "100.00").minorUnits()).isEqualTo(100);
    }

    @Test
    void exponents_follow_the_currency() {
        assertThat(Money.of("JPY", "1").minorUnits()).isEqualTo(1);
        assertThat(Money.of("EUR", "1").minorUnits()).isEqualTo(100);
        assertThat(Money.of("KWD", "1").minorUnits()).isEqualTo(1000);
        assertThat(Money.of("KWD", "1.5").amountString()).isEqualTo("1.500");
    }

    @Test
    void unknown_currencies_are_rejected() {
        assertThatThrownBy(() -> Money.of("XYZ", "1.00")).isInstanceOf(InvalidMoneyException.class)
                .satisfies(e -> assertThat(((InvalidMoneyException) e).field()).isEqualTo("currency"));
        assertThatThrownBy(() -> Money.of("eur", "1.00")).isInstanceOf(InvalidMoneyException.class);
    }

    @Test
    void rounding_is_explicit() {
        Money price = Money.of("EUR", "10.00");
        assertThat(price.times(new BigDecimal("0.333"), RoundingMode.HALF_UP)).isEqualTo(Money.of("EUR", "3.33"));
        assertThat(price.times(new BigDecimal("0.335"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("EUR", "3.35"));
        assertThat(price.times(new BigDecimal("0.3349"), RoundingMode.UP)).isEqualTo(Money.of("EUR", "3.35"));
    }

    @Test
    void comparing_different_currencies_is_refused() {
        assertThatThrownBy(() -> Money.of("EUR", "1.00").compareTo(Money.of("GBP", "1.00")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void leftover_minor_units_go_to_the_largest_remainders_not_the_first_part() {
        // 1.00 by 1:1:8 is exactly 0.10 + 0.10 + 0.80; 0.10 by 1:1:1:7 is 0.01 0.01 0.01 0.07 exactly too;
        // 0.05 by 2:3 is 0.02 + 0.03; 1.00 by 1:2 is 0.333.. + 0.666..: the second part's remainder is larger.
        assertThat(Money.of("EUR", "1.00").allocate(1, 1, 8)).extracting(Money::amountString)
                .containsExactly("0.10", "0.10", "0.80");
        assertThat(Money.of("EUR", "1.00").allocate(1, 2)).extracting(Money::amountString)
                .containsExactly("0.33", "0.67");
        assertThat(Money.of("EUR", "0.10").allocate(3, 3, 4)).extracting(Money::amountString)
                .containsExactly("0.03", "0.03", "0.04");
    }

    @Test
    void equal_remainders_tie_to_the_earlier_part() {
        assertThat(Money.of("EUR", "0.02").allocate(1, 1, 1)).extracting(Money::amountString)
                .containsExactly("0.01", "0.01", "0.00");
    }

    @Test
    void a_negative_amount_splits_as_the_mirror_of_its_magnitude() {
        assertThat(Money.of("EUR", "-1.00").allocate(1, 2)).extracting(Money::amountString)
                .containsExactly("-0.33", "-0.67");
        assertThat(Money.of("EUR", "-100.00").allocateEvenly(3)).extracting(Money::amountString)
                .containsExactly("-33.34", "-33.33", "-33.33");
    }

    @Test
    void a_zero_ratio_part_gets_nothing() {
        assertThat(Money.of("JPY", "7").allocate(0, 1, 1)).extracting(Money::amountString)
                .containsExactly("0", "4", "3");
    }

    @Test
    void splitting_into_no_parts_or_a_negative_count_is_a_clear_error() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.of("EUR", "1.00").allocateEvenly(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 part");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.of("EUR", "1.00").allocateEvenly(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 part");
    }
}
