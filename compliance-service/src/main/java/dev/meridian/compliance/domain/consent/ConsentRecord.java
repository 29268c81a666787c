package dev.meridian.compliance.domain.consent;

import dev.meridian.platform.failure.RuleViolation;
import java.time.Instant;
import java.util.UUID;

/**
 * One append-only ledger entry: a grant or a withdrawal, with the policy version the subject saw. {@code seq} is
 * the ledger position the database gave it (0 before it is stored).
 */
public record ConsentRecord(UUID id, long seq, String subjectId, ConsentPurpose purpose, boolean granted,
                            String policyVersion, String jurisdiction, String source, Instant recordedAt) {

    /** A new decision of the subject, not yet stored. */
    public static ConsentRecord decision(String subjectId, ConsentPurpose purpose, boolean granted, String policyVersion,
                                         String jurisdiction, String source, Instant at) {
        RuleViolation.require(purpose != ConsentPurpose.NECESSARY || granted, "granted",
                "necessary processing is not based on consent and cannot be withdrawn");
        return new ConsentRecord(UUID.randomUUID(), 0, subjectId, purpose, granted, policyVersion, jurisdiction, source,
                at);
    }
}
