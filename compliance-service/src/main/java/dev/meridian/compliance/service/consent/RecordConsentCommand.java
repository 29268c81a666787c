package dev.meridian.compliance.service.consent;

import dev.meridian.compliance.domain.consent.ConsentPurpose;

/** A data subject's grant or withdrawal for one purpose. */
public record RecordConsentCommand(String subjectId, ConsentPurpose purpose, boolean granted, String policyVersion,
                                   String jurisdiction, String source) {
}
