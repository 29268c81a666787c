package dev.meridian.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    record Body(String sku, Map<String, String> title) {
    }

    private String canonical(Object body) throws Exception {
        return new String(CanonicalJson.bytes(mapper, body));
    }

    @Test
    void a_map_with_its_keys_in_another_order_has_the_same_canonical_form() throws Exception {
        Map<String, String> deEn = new LinkedHashMap<>();
        deEn.put("de", "Schal");
        deEn.put("en", "Scarf");
        Map<String, String> enDe = new LinkedHashMap<>();
        enDe.put("en", "Scarf");
        enDe.put("de", "Schal");
        assertThat(canonical(new Body("S-1", deEn))).isEqualTo(canonical(new Body("S-1", enDe)));
    }

    @Test
    void nested_objects_are_sorted_at_every_depth() throws Exception {
        Object a = mapper.readTree("{\"b\":{\"y\":1,\"x\":[{\"q\":1,\"p\":2}]},\"a\":true}");
        Object b = mapper.readTree("{\"a\":true,\"b\":{\"x\":[{\"p\":2,\"q\":1}],\"y\":1}}");
        assertThat(canonical(a)).isEqualTo(canonical(b)).isEqualTo("{\"a\":true,\"b\":{\"x\":[{\"p\":2,\"q\":1}],\"y\":1}}");
    }

    @Test
    void array_order_is_meaning_and_is_kept() throws Exception {
        assertThat(canonical(List.of("a", "b"))).isNotEqualTo(canonical(List.of("b", "a")));
    }

    @Test
    void a_different_value_is_a_different_form() throws Exception {
        assertThat(canonical(new Body("S-1", Map.of("en", "Scarf"))))
                .isNotEqualTo(canonical(new Body("S-2", Map.of("en", "Scarf"))));
    }
}
