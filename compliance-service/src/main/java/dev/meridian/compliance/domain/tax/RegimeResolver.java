package dev.meridian.compliance.domain.tax;

import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the regime from the route and the consignment's intrinsic value (goods without tax and shipping):
 * domestic; intra-EU distance sale (OSS, destination rate: sellers are assumed above the EU €10,000
 * threshold); a low-value scheme at or below its threshold (IOSS, UK, AU, NZ, ...); otherwise an import with
 * tax and duty at the border, where a duty de minimis may still waive the duty.
 */
final class RegimeResolver {

    private final RuleSet rules;
    private final ExchangeRates rates;

    RegimeResolver(RuleSet rules, ExchangeRates rates) {
        this.rules = rules;
        this.rates = rates;
    }

    RegimeDecision resolve(String from, String to, Money consignmentValue, LocalDate date) {
        if (from.equals(to)) {
            return new RegimeDecision("DOMESTIC", true, false, false, List.of(), List.of(),
                    "domestic sale in " + to + ": " + to + " tax, no duty");
        }
        if (Territories.inEu(from) && Territories.inEu(to)) {
            return new RegimeDecision("EU_OSS", true, false, false, List.of(), List.of(),
                    "intra-EU distance sale " + from + " → " + to + ": VAT at the destination rate, declared "
                            + "through OSS; no duty inside the customs union");
        }
        Optional<LowValueRegime> lowValue = rules.lowValueRegime(to, date);
        if (lowValue.isPresent()) {
            LowValueRegime regime = lowValue.get();
            ThresholdCheck check = check("LOW_VALUE_REGIME", regime.ref(), regime.threshold(), consignmentValue, date, false);
            if (check.atOrBelow()) {
                return new RegimeDecision(regime.code(), true, false, false, List.of(regime.ref()), List.of(check),
                        regime.code() + ": intrinsic value " + check.value() + " ≤ " + regime.threshold()
                                + ": " + to + " tax collected at checkout, no duty");
            }
            return withDeMinimis(new RegimeDecision(regime.aboveCode(), false, true, true, List.of(regime.ref()),
                    List.of(check), regime.aboveCode() + ": intrinsic value " + check.value() + " > "
                            + regime.threshold() + ": import tax and duty due at the border"), to, consignmentValue, date);
        }
        if ("US".equals(to)) {
            // No import VAT in the US: the seller collects state sales tax; duty is assessed at entry.
            return withDeMinimis(new RegimeDecision("US_IMPORT", true, true, false, List.of(), List.of(),
                    "import into the US: state sales tax collected at checkout, duty assessed at entry"), to,
                    consignmentValue, date);
        }
        return withDeMinimis(new RegimeDecision("IMPORT", false, true, true, List.of(), List.of(),
                "import into " + to + ": import tax and duty due at the border"), to, consignmentValue, date);
    }

    private RegimeDecision withDeMinimis(RegimeDecision decision, String to, Money value, LocalDate date) {
        Optional<DutyDeMinimis> rule = rules.deMinimis(to, date);
        if (rule.isEmpty()) {
            return decision;
        }
        DutyDeMinimis deMinimis = rule.get();
        ThresholdCheck check = check("DUTY_DE_MINIMIS", deMinimis.ref(), deMinimis.threshold(), value, date,
                deMinimis.suspended());
        List<RuleRef> refs = new ArrayList<>(decision.rules());
        refs.add(deMinimis.ref());
        List<ThresholdCheck> checks = new ArrayList<>(decision.checks());
        checks.add(check);
        String explanation = decision.explanation() + "; duty de minimis " + (deMinimis.suspended()
                ? "suspended (" + deMinimis.note() + "): duty on every consignment"
                : deMinimis.threshold() + (check.atOrBelow() ? ": value " + check.value() + " is at or below it, no duty"
                        : ": value " + check.value() + " is above it, duty due"));
        return new RegimeDecision(decision.code(), decision.taxAtCheckout(), decision.dutyApplies() && !check.atOrBelow(),
                decision.taxOnDuty(), refs, checks, explanation);
    }

    private ThresholdCheck check(String kind, RuleRef rule, Money threshold, Money value, LocalDate date, boolean suspended) {
        Conversion converted = rates.convert(value, threshold.currency(), date)
                .orElseThrow(() -> InvalidQuoteException.unprocessable("currency", "no exchange rate from "
                        + value.currencyCode() + " to " + threshold.currencyCode() + " on " + date));
        return new ThresholdCheck(kind, rule, threshold, converted, !suspended && converted.to().compareTo(threshold) <= 0);
    }
}
