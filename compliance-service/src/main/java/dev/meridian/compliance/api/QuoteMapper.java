package dev.meridian.compliance.api;

import dev.meridian.compliance.domain.tax.Address;
import dev.meridian.compliance.domain.tax.Incoterm;
import dev.meridian.compliance.domain.tax.InvalidQuoteException;
import dev.meridian.compliance.domain.tax.QuoteRequest;
import dev.meridian.platform.money.Money;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Request body → domain request, and domain rejections → problem details. */
final class QuoteMapper {

    private QuoteMapper() {
    }

    static QuoteRequest toDomain(QuoteRequestBody body, LocalDate date) {
        Incoterm incoterm;
        try {
            incoterm = Incoterm.valueOf(body.incoterm().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("incoterm", "must be DDP or DAP");
        }
        List<QuoteRequest.QuoteLineRequest> lines = body.lines().stream()
                .map(l -> new QuoteRequest.QuoteLineRequest(l.sku(), l.quantity(), l.unitPrice(), Boolean.TRUE.equals(l.taxInclusive()),
                        l.taxCategory(), l.hsCode(), l.origin()))
                .toList();
        return new QuoteRequest(body.market(), place(body.shipFrom()), place(body.shipTo()),
                Money.currencyOf(body.currency()), lines, body.shipping(), Boolean.TRUE.equals(body.shippingTaxInclusive()), incoterm, date);
    }

    static ProblemException problem(InvalidQuoteException e) {
        List<Problem.Violation> violations = List.of(new Problem.Violation(e.field(), e.getMessage()));
        return e.unprocessable()
                ? new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, e.field() + ": " + e.getMessage(), violations))
                : ProblemException.invalid(e.field(), e.getMessage());
    }

    private static Address place(QuoteRequestBody.Place place) {
        return new Address(place.country(), place.region() == null || place.region().isBlank() ? null : place.region());
    }

}
