package dev.meridian.compliance.domain.consent;

import java.time.Instant;
import java.util.UUID;

/** One append-only ledger entry: a grant or a withdrawal, with the policy version the subject saw. */
public record ConsentRecord(UUID id, long seq, String subjectId, ConsentPurpose purpose, boolean granted,
                            String policyVersion, String jurisdiction, String source, Instant recordedAt) {
}
