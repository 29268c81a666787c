package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** What the engine needs for a quote; {@code date} decides which rule versions apply. */
public record QuoteRequest(String market, Address shipFrom, Address shipTo, Currency currency,
                           List<QuoteLineRequest> lines, Money shipping, boolean shippingTaxInclusive,
                           Incoterm incoterm, LocalDate date) {

    public QuoteRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * @param taxInclusive the unit price already contains the destination's tax (extracted, never added)
     * @param hsCode       required when the goods cross a customs border
     * @param origin       country of origin, for preferential duty
     */
    public record QuoteLineRequest(String sku, long quantity, Money unitPrice, boolean taxInclusive,
                                   String taxCategory, String hsCode, String origin) {
    }
}
