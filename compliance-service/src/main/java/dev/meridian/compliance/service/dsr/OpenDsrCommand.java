package dev.meridian.compliance.service.dsr;

import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.Regulation;

/** A data-subject request about {@code subjectId} (the token {@code sub} of the customer it is about). */
public record OpenDsrCommand(String subjectId, DsrKind kind, Regulation regulation) {
}
