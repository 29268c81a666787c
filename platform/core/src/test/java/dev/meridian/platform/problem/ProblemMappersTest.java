package dev.meridian.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.json.MeridianJsonCustomizer;
import dev.meridian.platform.money.Money;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    record Line(String sku, int quantity, Money price) {
    }

    record Cart(List<Line> lines) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final ProblemMappers mappers = new ProblemMappers();

    ProblemMappersTest() {
        new MeridianJsonCustomizer().customize(mapper);
    }

    private String problemFor(String json) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Cart.class));
        Response response = mappers.unmappableJson(e, null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("application/problem+json");
        return (String) response.getEntity();
    }

    @Test
    void a_missing_number_is_named_as_required_with_its_index() {
        assertThat(problemFor("{\"lines\":[{\"sku\":\"A\",\"price\":{\"currency\":\"EUR\",\"amount\":\"1.00\"}}]}"))
                .contains("\"field\":\"lines[0].quantity\"").contains("is required");
    }

    @Test
    void a_string_where_a_number_belongs_is_named() {
        assertThat(problemFor("{\"lines\":[{\"sku\":\"A\",\"quantity\":\"two\"}]}"))
                .contains("\"field\":\"lines[0].quantity\"").contains("wrong type");
    }

    @Test
    void a_bad_money_amount_is_named_down_to_the_amount() {
        assertThat(problemFor("{\"lines\":[{\"sku\":\"A\",\"quantity\":1,\"price\":{\"currency\":\"JPY\",\"amount\":\"1.5\"}}]}"))
                .contains("\"field\":\"lines[0].price.amount\"");
    }

    @Test
    void an_internal_error_exposes_an_error_id_but_no_internals() {
        Response response = mappers.unexpected(new IllegalStateException("secret table xyz is broken"), null);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat((String) response.getEntity()).contains("errorId").doesNotContain("secret table");
    }

    @Test
    void a_unique_violation_deep_in_the_cause_chain_is_a_conflict() {
        var pg = new io.vertx.pgclient.PgException("duplicate key", "ERROR", "23505", "detail");
        Response response = mappers.unexpected(new RuntimeException(new RuntimeException(pg)), null);
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void a_lost_optimistic_lock_race_is_a_conflict_not_a_500() {
        Response response = mappers.unexpected(new RuntimeException(new jakarta.persistence.OptimisticLockException("v3")), null);
        assertThat(response.getStatus()).isEqualTo(409);
    }
}
