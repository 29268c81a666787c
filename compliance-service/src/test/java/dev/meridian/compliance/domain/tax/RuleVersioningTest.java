package dev.meridian.compliance.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.failure.StateConflict;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleVersioningTest {

    private static final Optional<RuleVersioning.Latest> AT_V2 =
            Optional.of(new RuleVersioning.Latest(2, LocalDate.parse("2025-01-01")));

    private static int next(Integer supersedes, Optional<RuleVersioning.Latest> latest, String from,
                            Optional<String> overlapping) {
        return RuleVersioning.nextVersion(RuleKind.TAX_RULE, "de-vat-standard", supersedes, latest, "DE||standard|VAT",
                Validity.from(LocalDate.parse(from)), overlapping);
    }

    @Test
    void a_new_id_starts_at_version_one() {
        assertThat(next(null, Optional.empty(), "2026-01-01", Optional.empty())).isEqualTo(1);
    }

    @Test
    void a_later_version_of_the_newest_follows_it() {
        assertThat(next(null, AT_V2, "2026-01-01", Optional.empty())).isEqualTo(3);
        assertThat(next(2, AT_V2, "2026-01-01", Optional.empty())).isEqualTo(3);
    }

    @Test
    void superseding_a_version_that_is_no_longer_the_newest_is_a_conflict() {
        assertThatThrownBy(() -> next(1, AT_V2, "2026-01-01", Optional.empty()))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.details()).containsEntry("currentVersion", 2));
    }

    @Test
    void superseding_a_version_of_an_unknown_id_is_a_conflict() {
        assertThatThrownBy(() -> next(1, Optional.empty(), "2026-01-01", Optional.empty()))
                .isInstanceOf(StateConflict.class);
    }

    @Test
    void a_version_taking_effect_on_or_before_the_newest_is_a_conflict() {
        assertThatThrownBy(() -> next(null, AT_V2, "2025-01-01", Optional.empty())).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> next(null, AT_V2, "2024-06-01", Optional.empty())).isInstanceOf(StateConflict.class);
    }

    @Test
    void another_id_in_force_about_the_same_subject_is_a_conflict_naming_it() {
        assertThatThrownBy(() -> next(null, Optional.empty(), "2026-01-01", Optional.of("de-vat-old")))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.details()).containsEntry("ruleId", "de-vat-old"));
    }

    @Test
    void every_dated_rule_kind_names_what_it_is_about() {
        TaxRule bc = new TaxRule("ca-bc-pst", 1, "CA", "BC", "standard", "PST", java.math.BigDecimal.valueOf(7),
                Validity.from(LocalDate.parse("2021-07-01")), false);
        DutyRule duty = new DutyRule("eu-duty-61", 1, "EU", "61", java.math.BigDecimal.TEN,
                Validity.from(LocalDate.parse("2021-07-01")), null);

        assertThat(bc.subject()).isEqualTo("CA|BC|standard|PST");
        assertThat(duty.subject()).isEqualTo("EU|61");
    }
}
