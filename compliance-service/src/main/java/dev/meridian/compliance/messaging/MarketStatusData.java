package dev.meridian.compliance.messaging;

import dev.meridian.compliance.domain.restriction.MarketStatus;
import dev.meridian.compliance.domain.tax.RuleRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code data} of meridian.compliance.product.market-status.v1 (schema: docs/events/compliance/product.market-status.v1.json). */
public record MarketStatusData(String productId, String sku, Instant evaluatedAt, List<Market> markets) {

    public record Market(String market, String status, List<String> reasons, List<String> warnings, List<RuleRef> rules) {
    }

    public static MarketStatusData of(String productId, String sku, Instant at, List<MarketStatus> statuses) {
        return new MarketStatusData(productId, sku, at, statuses.stream()
                .map(s -> new Market(s.market(), s.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        s.reasons(), s.warnings(), s.rules()))
                .toList());
    }
}
