package dev.meridian.compliance.domain.tax;

import java.util.List;

/**
 * The cross-border regime a consignment falls under and what follows from it.
 *
 * @param taxAtCheckout the seller collects the destination tax at checkout whatever the incoterm
 * @param dutyApplies   duty is due (after any de minimis)
 * @param taxOnDuty     import VAT/GST is assessed on the customs value plus duty, as at the border
 */
public record RegimeDecision(String code, boolean taxAtCheckout, boolean dutyApplies, boolean taxOnDuty,
                             List<RuleRef> rules, List<ThresholdCheck> checks, String explanation) {

    public RegimeDecision {
        rules = List.copyOf(rules);
        checks = List.copyOf(checks);
    }
}
