package dev.meridian.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the platform's JSON refuses, and that each refusal is a 400 problem naming the field (issue 9, 16-18). */
class StrictJsonTest {

    enum Kind { PHYSICAL, DIGITAL }

    record Body(String sku, Integer quantity, Boolean gift, Kind kind, List<String> tags, Map<String, String> title) {
    }

    private final ObjectMapper mapper = MeridianJsonCustomizer.apply(new ObjectMapper());
    private final ProblemMappers mappers = new ProblemMappers();

    private String problemFor(String json) {
        Throwable failure = catchThrowable(() -> mapper.readValue(json, Body.class));
        assertThat(failure).as("refused: " + json).isNotNull();
        Response response = mappers.unexpected(failure, null);
        if (failure instanceof com.fasterxml.jackson.core.JsonParseException parse) {
            response = mappers.malformedJson(parse, null);
        } else if (failure instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            response = mappers.unmappableJson(mapping, null);
        }
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("application/problem+json");
        return (String) response.getEntity();
    }

    @Test
    void a_duplicate_key_is_refused_as_malformed() {
        assertThat(problemFor("{\"sku\":\"A\",\"sku\":\"B\"}")).contains("malformed-request").contains("Duplicate field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"sku\":12}", "{\"sku\":true}", "{\"sku\":1.5}"})
    void a_number_or_boolean_is_not_a_string(String json) {
        assertThat(problemFor(json)).contains("\"field\":\"sku\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"quantity\":\"12\"}", "{\"quantity\":\"\"}", "{\"gift\":\"true\"}", "{\"gift\":1}"})
    void a_string_is_not_a_number_or_boolean(String json) {
        assertThat(problemFor(json)).contains("\"field\":");
    }

    @Test
    void a_number_is_not_an_enum_constant() {
        assertThat(problemFor("{\"kind\":0}")).contains("\"field\":\"kind\"");
    }

    @Test
    void a_null_list_element_is_refused_naming_it() {
        assertThat(problemFor("{\"tags\":[\"a\",null]}")).contains("\"field\":\"tags[1]\"").contains("must not be null");
    }

    @Test
    void a_null_map_value_is_refused() {
        assertThat(problemFor("{\"title\":{\"en\":null}}")).contains("\"field\":\"title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f"})
    void a_control_character_in_text_is_refused_naming_the_field(String control) {
        assertThat(problemFor("{\"title\":{\"en\":\"Scarf" + control + "\"}}"))
                .contains("\"field\":\"title.en\"").contains("control character");
        assertThat(problemFor("{\"sku\":\"A" + control + "\"}")).contains("\"field\":\"sku\"");
    }

    @Test
    void tabs_and_line_breaks_stay_allowed_in_text() throws Exception {
        assertThat(mapper.readValue("{\"sku\":\"a\\tb\\nc\\r\"}", Body.class).sku()).isEqualTo("a\tb\nc\r");
    }

    @Test
    void deep_nesting_is_refused_early() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Throwable failure = catchThrowable(() -> mapper.readValue(deep, Object.class));
        assertThat(failure).hasMessageContaining("nesting depth");
        Response response = failure instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                ? mappers.unmappableJson(mapping, null)
                : mappers.unreadableJson((com.fasterxml.jackson.core.JsonProcessingException) failure, null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat((String) response.getEntity()).contains("malformed-request");
    }

    @Test
    void well_formed_values_of_the_right_type_still_read() throws Exception {
        Body body = mapper.readValue("{\"sku\":\"A\",\"quantity\":2,\"gift\":false,\"kind\":\"DIGITAL\",\"tags\":[\"x\"]}",
                Body.class);
        assertThat(body).isEqualTo(new Body("A", 2, false, Kind.DIGITAL, List.of("x"), null));
    }

    @Test
    void a_string_longer_than_the_platform_bound_is_refused_naming_the_field() {
        assertThat(problemFor("{\"sku\":\"" + "a".repeat(20_001) + "\"}"))
                .contains("\"field\":\"sku\"").contains("at most 20000");
    }

    @Test
    void a_list_longer_than_the_platform_bound_is_refused_naming_the_field() {
        String items = String.join(",", java.util.Collections.nCopies(10_001, "\"x\""));
        assertThat(problemFor("{\"tags\":[" + items + "]}")).contains("\"field\":\"tags\"").contains("at most 10000");
    }

    @Test
    void a_list_at_the_bound_is_accepted() throws Exception {
        String items = String.join(",", java.util.Collections.nCopies(10_000, "\"x\""));
        assertThat(mapper.readValue("{\"tags\":[" + items + "]}", Body.class).tags()).hasSize(10_000);
    }
}
