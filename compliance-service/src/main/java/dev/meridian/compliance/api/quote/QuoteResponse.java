package dev.meridian.compliance.api.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.compliance.domain.tax.Quote;
import dev.meridian.compliance.domain.tax.QuotedLine;
import dev.meridian.compliance.domain.tax.RuleRef;
import dev.meridian.compliance.domain.tax.TaxAmount;
import dev.meridian.compliance.domain.tax.ThresholdCheck;
import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

/** Wire form of a quote. Rates are strings ("9.975") so no client parses them as binary floating point. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteResponse(String market, String regime, String incoterm, String rounding, LocalDate taxDate,
                            List<Line> lines, Line shipping, Quote.Totals totals, List<Threshold> thresholds,
                            List<RuleRef> rules, String explanation) {

    public record Line(String sku, long quantity, Money net, List<Tax> taxes, Money tax, String dutyRatePercent,
                       Money duty, Money total, boolean taxCollectedAtCheckout, boolean dutyCollectedAtCheckout,
                       List<RuleRef> rules, String explanation) {

        static Line of(QuotedLine l) {
            return l == null ? null : new Line(l.sku(), l.quantity(), l.net(), l.taxes().stream().map(Tax::of).toList(),
                    l.tax(), l.dutyRatePercent().stripTrailingZeros().toPlainString(), l.duty(), l.total(),
                    l.taxCollectedAtCheckout(), l.dutyCollectedAtCheckout(), l.rules(), l.explanation());
        }
    }

    public record Tax(String name, RuleRef rule, String ratePercent, Money amount) {
        static Tax of(TaxAmount t) {
            return new Tax(t.taxName(), t.rule(), t.ratePercent().stripTrailingZeros().toPlainString(), t.amount());
        }
    }

    public record Threshold(String kind, RuleRef rule, Money threshold, Money value, Money convertedValue,
                            String exchangeRate, List<RuleRef> exchangeRateRules, boolean atOrBelow) {
        static Threshold of(ThresholdCheck c) {
            return new Threshold(c.kind(), c.rule(), c.threshold(), c.value().from(), c.value().to(),
                    c.value().rate().stripTrailingZeros().toPlainString(), c.value().rates(), c.atOrBelow());
        }
    }

    public static QuoteResponse of(Quote q) {
        return new QuoteResponse(q.market(), q.regime(), q.incoterm().name(), q.rounding().name(), q.taxDate(),
                q.lines().stream().map(Line::of).toList(), Line.of(q.shipping()), q.totals(),
                q.thresholds().stream().map(Threshold::of).toList(), q.rules(), q.explanation());
    }
}
