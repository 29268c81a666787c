package dev.meridian.compliance.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import org.junit.jupiter.api.Test;

class ProtectedTermTest {

    @Test
    void invisible_characters_are_stripped_and_spaces_collapsed() {
        assertThat(ProtectedTerm.of("\u200B Coca\u00A0\u00A0Co\u200Dla \uFEFF")).isEqualTo("Coca Cola");
    }

    @Test
    void a_decomposed_accent_is_stored_composed() {
        assertThat(ProtectedTerm.of("Nestle\u0301")).isEqualTo("Nestlé");
    }

    @Test
    void a_term_of_fewer_than_two_letters_or_digits_is_refused_naming_the_field() {
        assertThatThrownBy(() -> ProtectedTerm.of("\u200Bx\u200B"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("term"));
        assertThatThrownBy(() -> ProtectedTerm.of("--"))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void two_letter_brands_are_protected() {
        assertThat(ProtectedTerm.of("LG")).isEqualTo("LG");
    }
}
