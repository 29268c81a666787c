package dev.meridian.compliance.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {

    @Test
    void dates_from_2000_to_2100_are_accepted() {
        Validity validity = new Validity(LocalDate.parse("2000-01-01"), LocalDate.parse("2100-12-31"));

        assertThat(validity.covers(LocalDate.parse("2050-06-01"))).isTrue();
    }

    @Test
    void an_end_beyond_2100_is_refused_naming_valid_to() {
        assertThatThrownBy(() -> new Validity(LocalDate.parse("2026-01-01"), LocalDate.MAX))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("validTo"));
    }

    @Test
    void a_start_before_2000_is_refused_naming_valid_from() {
        assertThatThrownBy(() -> Validity.from(LocalDate.parse("1999-12-31")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("validFrom"));
    }

    @Test
    void an_end_on_or_before_the_start_is_refused_naming_valid_to() {
        assertThatThrownBy(() -> new Validity(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-01")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("validTo"));
    }
}
