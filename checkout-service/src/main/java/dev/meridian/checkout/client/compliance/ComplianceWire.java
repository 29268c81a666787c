package dev.meridian.checkout.client.compliance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.platform.money.Money;
import java.util.List;

/** Compliance's quote request and response as checkout sends and reads them; unknown fields are ignored. */
public final class ComplianceWire {

    private ComplianceWire() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String country, String region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String sku, long quantity, Money unitPrice, boolean taxInclusive, String taxCategory,
                       String hsCode, String origin) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteRequest(String market, Place shipFrom, Place shipTo, String currency, List<Line> lines,
                               Money shipping, boolean shippingTaxInclusive, String incoterm) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteResponse(String market, String regime, String incoterm, List<QuotedLine> lines,
                                QuotedLine shipping, Totals totals, String explanation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuotedLine(String sku, long quantity, Money net, Money tax, Money duty, Money total,
                             boolean taxCollectedAtCheckout, boolean dutyCollectedAtCheckout) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(Money net, Money tax, Money duty, Money total, Money collectedAtCheckout,
                         Money payableOnDelivery) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String type, String detail) {
    }
}
