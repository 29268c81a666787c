package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.util.List;
import java.util.stream.Collectors;

/** The human-readable "why" of a quoted line, for support staff and for the shopper's tax breakdown. */
final class LineExplanation {

    private LineExplanation() {
    }

    static String of(String sku, Money gross, boolean inclusive, Money net, List<TaxAmount> taxes,
                     TaxProvider.TaxDetermination determination, String category, QuoteRequest request,
                     RegimeDecision regime, boolean taxNow, Money duty, String dutyNote, boolean dutyNow) {
        StringBuilder out = new StringBuilder(sku == null ? "Shipping: " : sku + ": ");
        String destination = request.shipTo().country()
                + (request.shipTo().region() == null ? "" : "-" + request.shipTo().region());
        out.append(taxes.stream().map(t -> destination + " " + t.taxName() + " " + QuoteEngine.pct(t.ratePercent())
                + " = " + t.amount() + " (" + t.rule() + ")").collect(Collectors.joining(" + ")));
        if (determination.standardFallback()) {
            out.append("; no '").append(category).append("' rate in ").append(destination).append(", standard rate applied");
        }
        if (determination.components().stream().anyMatch(TaxRule::approximation)) {
            out.append("; APPROXIMATION: state base rate only, local sales taxes not included");
        }
        out.append(inclusive
                ? ". Price " + gross + " includes tax: " + net + " net + " + taxTotal(taxes, gross) + " tax"
                : ". Price " + gross + " excludes tax");
        out.append(". Regime ").append(regime.code()).append(": tax ")
                .append(taxNow ? "collected at checkout" : "payable by the buyer on delivery (estimate)");
        if (dutyNote != null) {
            out.append(". ").append(dutyNote).append(" = ").append(duty).append(", ")
                    .append(duty.isZero() ? "nothing to pay" : dutyNow ? "collected at checkout (DDP)"
                            : "payable by the buyer on delivery (DAP estimate)");
        } else if (sku != null) {
            out.append(". No duty");
        }
        return out.append('.').toString();
    }

    private static Money taxTotal(List<TaxAmount> taxes, Money gross) {
        return taxes.stream().map(TaxAmount::amount).reduce(Money.zero(gross.currency()), Money::plus);
    }
}
