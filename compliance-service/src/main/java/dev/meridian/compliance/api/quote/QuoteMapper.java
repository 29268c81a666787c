package dev.meridian.compliance.api.quote;

import dev.meridian.compliance.domain.tax.Address;
import dev.meridian.compliance.domain.tax.Incoterm;
import dev.meridian.compliance.domain.tax.QuoteRequest;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Request body → domain request; the domain's own rejections are platform failures and need no mapping here. */
final class QuoteMapper {

    private QuoteMapper() {
    }

    static QuoteRequest toDomain(QuoteRequestBody body, LocalDate taxDate) {
        Incoterm incoterm;
        try {
            incoterm = Incoterm.valueOf(body.incoterm().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("incoterm", "must be DDP or DAP");
        }
        List<QuoteRequest.QuoteLineRequest> lines = body.lines().stream()
                .map(l -> new QuoteRequest.QuoteLineRequest(l.sku(), l.quantity(), l.unitPrice(),
                        Boolean.TRUE.equals(l.taxInclusive()), l.taxCategory(), l.hsCode(), l.origin()))
                .toList();
        return new QuoteRequest(body.market(), place(body.shipFrom()), place(body.shipTo()),
                Money.currencyOf(body.currency()), lines, body.shipping(), Boolean.TRUE.equals(body.shippingTaxInclusive()),
                incoterm, taxDate);
    }

    private static Address place(QuoteRequestBody.Place place) {
        return new Address(place.country(), place.region() == null || place.region().isBlank() ? null : place.region());
    }
}
