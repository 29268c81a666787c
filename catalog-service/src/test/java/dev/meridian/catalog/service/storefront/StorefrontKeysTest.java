package dev.meridian.catalog.service.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.catalog.domain.storefront.ListingQuery;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorefrontKeysTest {

    private static ListingQuery.Params options(List<String> options) {
        return new ListingQuery.Params("de", null, null, null, null, options, null, null, null, null);
    }

    private static ListingQuery.Params text(String locale, String q, String minPrice) {
        return new ListingQuery.Params(locale, q, null, minPrice, null, List.of(), null, null, null, null);
    }

    @Test
    void a_locale_in_any_case_is_one_entry() {
        assertThat(StorefrontKeys.product("EU", "schal", "de-at")).isEqualTo(StorefrontKeys.product("EU", "schal", "de-AT"));
        assertThat(StorefrontKeys.list("EU", text("de-at", null, null))).isEqualTo(StorefrontKeys.list("EU", text("de-AT", null, null)));
    }

    @Test
    void a_handle_in_decomposed_form_is_the_entry_of_the_composed_one() {
        String composed = "ジャケット";
        assertThat(StorefrontKeys.product("JP", Normalizer.normalize(composed, Normalizer.Form.NFD), "ja"))
                .isEqualTo(StorefrontKeys.product("JP", composed, "ja"));
    }

    @Test
    void two_option_filters_are_not_one_option_value_with_a_comma() {
        assertThat(StorefrontKeys.list("EU", options(List.of("color:red", "size:m"))))
                .isNotEqualTo(StorefrontKeys.list("EU", options(List.of("color:red, size:m"))));
    }

    @Test
    void a_separator_inside_a_value_cannot_shift_the_other_parameters() {
        assertThat(StorefrontKeys.list("EU", text("de", "wool|1", null)))
                .isNotEqualTo(StorefrontKeys.list("EU", text("de", "wool", "1")));
        assertThat(StorefrontKeys.product("EU", "a|b", "de")).isNotEqualTo(StorefrontKeys.product("EU|a", "b", "de"));
    }

    @Test
    void a_missing_parameter_is_not_the_text_null() {
        assertThat(StorefrontKeys.list("EU", text("de", null, null))).isNotEqualTo(StorefrontKeys.list("EU", text("de", "null", null)));
    }
}
