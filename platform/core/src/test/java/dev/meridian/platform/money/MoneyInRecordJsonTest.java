package dev.meridian.platform.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.json.MeridianJsonCustomizer;
import org.junit.jupiter.api.Test;

class MoneyInRecordJsonTest {

    record Line(String sku, Money price, int quantity) {
    }

    @Test
    void money_reads_as_a_record_component_with_the_service_mapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        new MeridianJsonCustomizer().customize(mapper);
        Line line = mapper.readValue("{\"sku\":\"A\",\"price\":{\"currency\":\"EUR\",\"amount\":\"59.90\"},\"quantity\":2}",
                Line.class);
        assertThat(line.price()).isEqualTo(Money.of("EUR", "59.90"));
    }
}
