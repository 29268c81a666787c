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
        return Currency.getAvailableCurrencies().stream();
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
}
