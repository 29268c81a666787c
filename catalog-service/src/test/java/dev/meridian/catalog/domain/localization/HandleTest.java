package dev.meridian.catalog.domain.localization;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandleTest {

    @Test
    void a_japanese_title_keeps_its_length_marks_in_the_handle() {
        assertThat(Handle.slugify("メリノ セーター DEMO-3")).isEqualTo("メリノ-セーター-demo-3");
    }

    @Test
    void a_decomposed_handle_is_stored_and_looked_up_in_composed_form() {
        String decomposed = Normalizer.normalize("ジャケット", Normalizer.Form.NFD);

        assertThat(Handle.validate(Map.of("ja", decomposed))).containsEntry("ja", "ジャケット");
        assertThat(Handle.normalize(decomposed)).isEqualTo("ジャケット");
        assertThat(Handle.slugify(decomposed)).isEqualTo("ジャケット");
    }

    @Test
    void scripts_with_combining_vowel_signs_keep_them() {
        assertThat(Handle.slugify("हिन्दी शर्ट")).isEqualTo("हिन्दी-शर्ट");
    }
}
