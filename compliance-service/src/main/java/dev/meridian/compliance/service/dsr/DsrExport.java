package dev.meridian.compliance.service.dsr;

import dev.meridian.compliance.domain.consent.ConsentRecord;
import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import java.util.List;

/** What an access request hands over: every service's answer, and what compliance itself holds (the consent ledger). */
public record DsrExport(DataSubjectRequest request, List<ConsentRecord> consents) {
}
