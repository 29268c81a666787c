package dev.meridian.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** The part of compliance's product.market-status.v1 catalog needs (docs/events/compliance/product.market-status.v1.json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MarketStatusData(String productId, Instant evaluatedAt, List<Verdict> markets) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdict(String market, String status, List<String> reasons) {
    }
}
