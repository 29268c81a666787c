package dev.meridian.checkout.client.fulfillment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Fulfillment's request and response bodies as checkout sends and reads them; unknown fields are ignored. */
public final class FulfillmentWire {

    private FulfillmentWire() {
    }

    public record Line(String sku, int quantity) {
    }

    public record QuoteRequest(String market, String destinationCountry, Money orderValue, List<Line> lines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteResponse(String market, String currency, long weightGrams, List<Option> options) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(String service, String carrier, String name, String kind, Money price, boolean freeShipping,
                         Estimate estimate, List<String> incoterms, String shipsFrom) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Estimate(int minDays, int maxDays, LocalDate earliest, LocalDate latest) {
    }

    public record ReserveRequest(String orderId, String market, List<Line> lines, Integer ttlSeconds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reservation(UUID id, String orderId, String market, String status, List<ReservedLine> lines,
                              Instant createdAt, Instant expiresAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReservedLine(String sku, String location, int quantity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String type, String detail, List<String> insufficientSkus) {
    }
}
