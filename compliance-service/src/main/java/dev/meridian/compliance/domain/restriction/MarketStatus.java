package dev.meridian.compliance.domain.restriction;

import dev.meridian.compliance.domain.tax.RuleRef;
import java.util.List;

/** The verdict for one market, with every reason and the rules behind it; warnings never block. */
public record MarketStatus(String market, MarketState status, List<String> reasons, List<String> warnings,
                           List<RuleRef> rules) {

    public MarketStatus {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        rules = List.copyOf(rules);
    }
}
