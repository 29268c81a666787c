package dev.meridian.compliance.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < n; i++) {
            previous = AuditChain.append(previous, Instant.parse("2026-01-01T00:00:00.123456789Z").plusSeconds(i),
                    "officer", "rule.changed", "de-vat-standard", "{\"rate\":\"19\"}", "{\"rate\":\"" + (20 + i) + "\"}");
            entries.add(previous);
        }
        return entries;
    }

    @Test
    void an_untouched_chain_verifies() {
        AuditChain.Verification result = AuditChain.verify(chain(5));

        assertThat(result.valid()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.head()).hasSize(64);
    }

    @Test
    void altering_an_entry_is_detected_at_that_entry() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        entries.set(2, new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.before(), "{\"rate\":\"0\"}",
                e.prevHash(), e.hash()));

        AuditChain.Verification result = AuditChain.verify(entries);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void rehashing_an_altered_entry_breaks_the_next_link() {
        List<AuditEntry> entries = chain(5);
        AuditEntry e = entries.get(2);
        String forged = AuditChain.hash(e.prevHash(), e.seq(), e.at(), "someone-else", e.action(), e.subject(), e.before(), e.after());
        entries.set(2, new AuditEntry(e.seq(), e.at(), "someone-else", e.action(), e.subject(), e.before(), e.after(),
                e.prevHash(), forged));

        assertThat(AuditChain.verify(entries).firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void removing_an_entry_is_detected() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);

        assertThat(AuditChain.verify(entries).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void moving_text_between_fields_changes_the_hash() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(AuditChain.hash("0", 1, at, "ab", "c", "s", null, null))
                .isNotEqualTo(AuditChain.hash("0", 1, at, "a", "bc", "s", null, null));
    }
}
