package dev.meridian.checkout.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Row shapes of the jsonb columns: plain values only (money as minor units and a currency code, instants as ISO-8601
 * text), so what is stored never depends on a domain refactoring or on a mapper's date settings. The reactive
 * PostgreSQL client maps jsonb to a JSON object, so lists are wrapped in one ({@code items}), and it refuses null
 * members, so absent values are left out.
 */
public final class Documents {

    private Documents() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Strings(List<String> items) {
    }

    /** One market's offer of a variant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offer(String market, boolean published, boolean visible, String complianceStatus, String currency,
                        boolean taxInclusive, Long priceMinor, Long compareAtMinor, Long saleMinor, String saleFrom,
                        String saleUntil) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Offers(List<Offer> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CartLine(String sku, int quantity, Long seenMinor, String addedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CartLines(List<CartLine> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String name, String line1, String line2, String postalCode, String city, String region,
                          String country, String phone) {
    }

    /** A promotion's benefit, target, minimum spend per currency and markets. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PromotionDefinition(String kind, BigDecimal percent, Map<String, Long> amounts, Integer buy,
                                      Integer get, String targetKind, List<String> targetValues,
                                      Map<String, Long> minimumSpend, List<String> markets) {
    }

    /** A checkout quote (and, on an order, the quote it was placed with): amounts in minor units of {@code currency}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quote(String id, String cartId, long cartVersion, String market, String currency, String locale,
                        boolean taxInclusive, String customer, String email, Address address, QuoteShipping shipping,
                        String incoterm, String shipFromCountry, List<QuoteLine> lines,
                        List<QuoteDiscount> promotions, QuoteTotals totals, String regime, String createdAt,
                        String expiresAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteShipping(String service, String carrier, String name, long price, long discount, int minDays,
                                int maxDays, String shipsFrom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteLine(String sku, String title, int quantity, long unitPrice, long lineTotal, long discount,
                            long total, long net, long tax, long duty, String taxCategory, String hsCode,
                            String origin, Integer weightGrams) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteDiscount(String promotionId, long promotionVersion, String name, String code,
                                long lineDiscount, long shippingDiscount, List<QuoteAllocation> allocations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteAllocation(String sku, long amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteTotals(long goods, long discount, long shipping, long tax, long duty, long total,
                              long payableOnDelivery) {
    }

    /** Units ordered, dispatched and returned per SKU. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(Map<String, Integer> ordered, Map<String, Integer> dispatched,
                           Map<String, Integer> returned) {
    }
}
