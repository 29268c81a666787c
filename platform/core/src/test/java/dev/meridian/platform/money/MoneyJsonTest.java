package dev.meridian.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

class MoneyJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(MoneyJson.module());

    static Stream<Currency> allCurrencies() {
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> CirculatingCurrencies.isCirculating(c.getCurrencyCode()));
    }

    @ParameterizedTest
    @MethodSource("allCurrencies")
    void every_currency_round_trips_at_its_exponent(Currency currency) throws Exception {
        Money money = Money.ofMinor(currency, 123456789L);
        String json = mapper.writeValueAsString(money);

        int exponent = Money.exponentOf(currency);
        String expectedAmount = new java.math.BigDecimal(123456789L).movePointLeft(exponent).toPlainString();
        assertThat(json).isEqualTo("{\"currency\":\"%s\",\"amount\":\"%s\"}"
                .formatted(currency.getCurrencyCode(), expectedAmount));
        assertThat(mapper.readValue(json, Money.class)).isEqualTo(money);
    }

    @Test
    void wire_form_is_currency_and_decimal_string() throws Exception {
        assertThat(mapper.writeValueAsString(Money.of("EUR", "19.99")))
                .isEqualTo("{\"currency\":\"EUR\",\"amount\":\"19.99\"}");
    }

    @Test
    void too_many_decimals_in_json_is_a_mapping_error_naming_amount() {
        assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"EUR\",\"amount\":\"19.999\"}", Money.class))
                .isInstanceOf(InvalidMoneyJsonException.class)
                .satisfies(e -> assertThat(((InvalidMoneyJsonException) e).moneyField()).isEqualTo("amount"));
    }

    @Test
    void unknown_currency_in_json_is_a_mapping_error_naming_currency() {
        assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"ABC\",\"amount\":\"1.00\"}", Money.class))
                .isInstanceOf(InvalidMoneyJsonException.class)
                .satisfies(e -> assertThat(((InvalidMoneyJsonException) e).moneyField()).isEqualTo("currency"));
    }

    @Test
    void a_float_amount_is_refused() {
        assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"EUR\",\"amount\":19.99}", Money.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e3", "1E3", "1e-999999999", "+1.00", " 1.00", "1.00 ",
            "1,00", "1_000", ".5", "5.", "0x10", "NaN", "Infinity", "--1", "1.2.3", "", "١٢٣", "123456789012345678901234"})
    void an_amount_outside_the_wire_format_is_refused(String amount) {
        assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"EUR\",\"amount\":\"" + amount + "\"}", Money.class))
                .isInstanceOf(InvalidMoneyJsonException.class)
                .satisfies(e -> assertThat(((InvalidMoneyJsonException) e).moneyField()).isEqualTo("amount"));
    }

    @Test
    void an_integral_json_number_is_refused_too() {
        assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"EUR\",\"amount\":1000}", Money.class))
                .isInstanceOf(InvalidMoneyJsonException.class);
    }

    @Test
    void a_hostile_amount_is_refused_fast_and_echoed_only_as_a_short_prefix() {
        String hostile = "1e-999999999";
        long start = System.nanoTime();
        assertThatThrownBy(() -> Money.of("EUR", hostile)).isInstanceOf(InvalidMoneyException.class)
                .hasMessageContaining("1e-999999999");
        String long1 = "9".repeat(10_000);
        assertThatThrownBy(() -> Money.of("EUR", long1)).isInstanceOf(InvalidMoneyException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThatThrownBy(() -> Money.of(Currency.getInstance("EUR"), new java.math.BigDecimal("1e-999999999")))
                .isInstanceOf(InvalidMoneyException.class).hasMessage("amount is out of range");
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(1_000_000_000L);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"XXX", "XTS", "XAU", "XDR", "DEM", "FRF", "HRK", "CLF"})
    void codes_no_shopper_can_pay_in_are_refused(String code) {
        assertThatThrownBy(() -> Money.of(code, "1")).isInstanceOf(InvalidMoneyException.class)
                .satisfies(e -> assertThat(((InvalidMoneyException) e).field()).isEqualTo("currency"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"EUR", "XOF", "XAF", "XPF", "XCD", "CHF", "JPY", "KWD"})
    void circulating_currencies_are_accepted(String code) {
        assertThat(Money.of(code, "1").currencyCode()).isEqualTo(code);
    }
}
