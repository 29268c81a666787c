package dev.meridian.compliance.service.restriction;

import dev.meridian.compliance.domain.restriction.RestrictionKind;

/** "Products in {@code category} sold into {@code market} require {@code subject}" (or are forbidden, or flagged). */
public record AddRestrictionRuleCommand(String id, String category, String market, RestrictionKind kind, String subject,
                                        String note) {
}
