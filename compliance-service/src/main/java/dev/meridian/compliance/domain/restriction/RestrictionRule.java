package dev.meridian.compliance.domain.restriction;

import dev.meridian.compliance.domain.tax.RuleRef;
import java.util.Objects;

/**
 * "Products in {@code category} sold into {@code market} require {@code certification}" (or are forbidden, or
 * carry a dangerous-goods flag). {@code category} "*" means every product; {@code market} "EU" every member.
 * For DANGEROUS_GOODS, {@code subject} is the product's dangerous-goods flag (e.g. lithium-battery).
 */
public record RestrictionRule(String id, int version, String category, String market, RestrictionKind kind,
                              String subject, String note) {

    public static final String ANY_CATEGORY = "*";

    public RestrictionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(kind, "kind");
        if (kind != RestrictionKind.FORBIDDEN && (subject == null || subject.isBlank())) {
            throw new IllegalArgumentException(kind + " needs a certification or dangerous-goods flag");
        }
    }

    public RuleRef ref() {
        return new RuleRef(id, version);
    }
}
