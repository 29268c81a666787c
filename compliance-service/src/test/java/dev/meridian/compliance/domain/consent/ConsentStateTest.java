package dev.meridian.compliance.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentStateTest {

    private static ConsentRecord record(long seq, ConsentPurpose purpose, boolean granted) {
        return new ConsentRecord(UUID.randomUUID(), seq, "s1", purpose, granted, "2026-01", "EU", "storefront",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq));
    }

    @Test
    void the_latest_entry_per_purpose_wins() {
        var state = ConsentState.current(List.of(record(1, ConsentPurpose.MARKETING, true),
                record(2, ConsentPurpose.MARKETING, false), record(3, ConsentPurpose.ANALYTICS, true)));

        assertThat(ConsentState.granted(ConsentPurpose.MARKETING, state.get(ConsentPurpose.MARKETING))).isFalse();
        assertThat(ConsentState.granted(ConsentPurpose.ANALYTICS, state.get(ConsentPurpose.ANALYTICS))).isTrue();
    }

    @Test
    void a_purpose_never_recorded_is_not_granted_except_necessary() {
        var state = ConsentState.current(List.of());

        assertThat(ConsentState.granted(ConsentPurpose.PERSONALISATION, state.get(ConsentPurpose.PERSONALISATION))).isFalse();
        assertThat(ConsentState.granted(ConsentPurpose.NECESSARY, state.get(ConsentPurpose.NECESSARY))).isTrue();
    }
}
