package dev.meridian.compliance.domain.tax;

import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a tax and duty quote from an in-memory {@link RuleSet}. Pure and thread-safe.
 *
 * <p>Order of work, and why: (1) extract tax from tax-inclusive prices, because the regime thresholds compare
 * values without tax; (2) decide the regime; (3) duty per line on the net value; (4) tax on exclusive prices
 * and, for imports, on the duty (import VAT is assessed on value plus duty); (5) round per the jurisdiction's
 * {@link RoundingPolicy}. Every amount is whole minor units and every line adds up exactly:
 * {@code net + tax = price} for inclusive lines.
 */
public final class QuoteEngine {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleSet rules;
    private final TaxProvider taxes;
    private final DutyProvider duties;
    private final RegimeResolver regimes;

    public QuoteEngine(RuleSet rules, TaxProvider taxes, DutyProvider duties) {
        this.rules = rules;
        this.taxes = taxes;
        this.duties = duties;
        this.regimes = new RegimeResolver(rules, new ExchangeRates(rules.fxRates()));
    }

    /** The engine over the seeded tables alone. */
    public static QuoteEngine of(RuleSet rules) {
        return new QuoteEngine(rules, new RuleTableTaxProvider(rules.taxRules()), new DutyTable(rules.dutyRules()));
    }

    public RuleSet rules() {
        return rules;
    }

    public Quote quote(QuoteRequest request) {
        QuoteValidator.validate(request, rules);
        String to = request.shipTo().country();
        Optional<RoundingRule> roundingRule = rules.rounding(to);
        RoundingPolicy policy = roundingRule.map(RoundingRule::policy).orElse(RoundingPolicy.PER_LINE);
        int exponent = Money.exponentOf(request.currency());

        List<Item> items = items(request);
        extractInclusiveTax(items, policy, exponent);
        Money consignment = items.stream().filter(i -> i.sku != null).map(i -> i.net)
                .reduce(Money.zero(request.currency()), Money::plus);
        RegimeDecision regime = regimes.resolve(request.shipFrom().country(), to, consignment, request.date());
        boolean taxNow = regime.taxAtCheckout() || request.incoterm() == Incoterm.DDP;
        if (!taxNow && items.stream().anyMatch(i -> i.inclusive && i.extracted > 0)) {
            throw InvalidQuoteException.unprocessable("incoterm", "under DAP the " + regime.code()
                    + " tax is paid by the buyer on delivery, so it cannot also be inside a tax-inclusive price: "
                    + "quote DDP or send tax-exclusive prices");
        }
        if (regime.dutyApplies()) {
            assessDuty(items, request, regime);
        }
        addTax(items, regime, policy, exponent);

        List<QuotedLine> lines = new ArrayList<>();
        QuotedLine shipping = null;
        for (Item item : items) {
            QuotedLine line = item.toLine(request, regime, roundingRule, taxNow);
            if (item.sku == null) {
                shipping = line;
            } else {
                lines.add(line);
            }
        }
        List<QuotedLine> all = new ArrayList<>(lines);
        if (shipping != null) {
            all.add(shipping);
        }
        LinkedHashSet<RuleRef> refs = new LinkedHashSet<>(regime.rules());
        all.forEach(l -> refs.addAll(l.rules()));
        return new Quote(request.market(), regime.code(), request.incoterm(), policy, request.date(), lines, shipping,
                totals(all, request), regime.checks(), List.copyOf(refs), regime.explanation());
    }

    private List<Item> items(QuoteRequest request) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            QuoteRequest.QuoteLineRequest line = request.lines().get(i);
            items.add(new Item(line.sku(), line.quantity(), line.unitPrice().times(line.quantity()), line.taxInclusive(),
                    line.taxCategory(), line.hsCode(), line.origin(),
                    determine(request, line.taxCategory(), "lines[" + i + "].taxCategory")));
        }
        if (request.shipping() != null) {
            // Shipping is taxed at the destination's standard rate (a simplification of "follows the goods").
            items.add(new Item(null, 1, request.shipping(), request.shippingTaxInclusive(), RuleTableTaxProvider.STANDARD,
                    null, null, determine(request, RuleTableTaxProvider.STANDARD, "shipping")));
        }
        return items;
    }

    private TaxProvider.TaxDetermination determine(QuoteRequest request, String category, String field) {
        TaxProvider.TaxDetermination determination = taxes.determine(request.shipTo().country(),
                request.shipTo().region(), category, request.date());
        if (determination.isEmpty()) {
            throw InvalidQuoteException.unprocessable(field, "no '" + category + "' tax rule for "
                    + request.shipTo().country() + (request.shipTo().region() == null ? "" : "-" + request.shipTo().region())
                    + " on " + request.date());
        }
        return determination;
    }

    /** gross × R / (100 + R), R = sum of the component rates; grouped by R for per-total rounding. */
    private static void extractInclusiveTax(List<Item> items, RoundingPolicy policy, int exponent) {
        Map<BigDecimal, List<Item>> byRate = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.inclusive) {
                byRate.computeIfAbsent(item.determination.totalRatePercent().stripTrailingZeros(), r -> new ArrayList<>()).add(item);
            } else {
                item.net = item.gross;
            }
        }
        byRate.forEach((rate, group) -> {
            List<BigDecimal> exact = group.stream()
                    .map(i -> i.gross.amount().multiply(rate).divide(HUNDRED.add(rate), EXACT)).toList();
            long[] rounded = MinorUnitRounding.round(exact, exponent, policy);
            for (int k = 0; k < group.size(); k++) {
                Item item = group.get(k);
                item.extracted = rounded[k];
                item.net = item.gross.minus(Money.ofMinor(item.gross.currency(), rounded[k]));
            }
        });
    }

    private void assessDuty(List<Item> items, QuoteRequest request, RegimeDecision regime) {
        String to = request.shipTo().country();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.sku == null) {
                continue; // freight is not a dutiable good here (FOB-style); see ADR 010
            }
            Optional<PreferentialOrigin> preference = rules.preference(to, item.origin);
            if (preference.isPresent()) {
                item.dutyRate = BigDecimal.ZERO;
                item.dutyRef = preference.get().ref();
                item.dutyNote = "0% preferential duty: origin " + item.origin + " under " + preference.get().agreement();
                continue;
            }
            HsCode hs = HsCode.parse(item.hsCode);
            DutyRule rule = duties.rate(Territories.customsTerritory(to), hs, item.origin, request.date())
                    .orElseThrow(() -> InvalidQuoteException.unprocessable("lines[" + items.indexOf(item) + "].hsCode",
                            "no duty rate for HS " + hs + " into " + to));
            item.dutyRate = rule.ratePercent();
            item.dutyRef = rule.ref();
            item.duty = item.net.times(rule.ratePercent().divide(HUNDRED, EXACT), java.math.RoundingMode.HALF_UP);
            item.dutyNote = "duty " + pct(rule.ratePercent()) + " on " + item.net + " (HS " + hs + ", "
                    + (rule.hsPrefix().isEmpty() ? "default rate" : "heading " + rule.hsPrefix()) + ")";
        }
    }

    /** Component by component, so per-total rounding rounds each tax (GST, PST) once per quote. */
    private static void addTax(List<Item> items, RegimeDecision regime, RoundingPolicy policy, int exponent) {
        Map<String, List<Item>> byComponent = new LinkedHashMap<>();
        for (Item item : items) {
            for (TaxRule rule : item.determination.components()) {
                byComponent.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(item);
            }
        }
        byComponent.forEach((ruleId, group) -> {
            List<BigDecimal> exact = new ArrayList<>();
            for (Item item : group) {
                BigDecimal rate = item.component(ruleId).ratePercent();
                BigDecimal base = item.inclusive ? BigDecimal.ZERO : item.net.amount();
                if (regime.taxOnDuty()) {
                    base = base.add(item.duty == null ? BigDecimal.ZERO : item.duty.amount());
                }
                exact.add(base.multiply(rate).divide(HUNDRED, EXACT));
            }
            long[] rounded = MinorUnitRounding.round(exact, exponent, policy);
            for (int k = 0; k < group.size(); k++) {
                group.get(k).added.merge(ruleId, rounded[k], Long::sum);
            }
        });
        for (Item item : items) {
            item.splitExtracted();
        }
    }

    private static Quote.Totals totals(List<QuotedLine> lines, QuoteRequest request) {
        Money zero = Money.zero(request.currency());
        Money net = zero, tax = zero, duty = zero, now = zero;
        for (QuotedLine line : lines) {
            net = net.plus(line.net());
            tax = tax.plus(line.tax());
            duty = duty.plus(line.duty());
            now = now.plus(line.net()).plus(line.taxCollectedAtCheckout() ? line.tax() : zero)
                    .plus(line.dutyCollectedAtCheckout() ? line.duty() : zero);
        }
        Money total = net.plus(tax).plus(duty);
        return new Quote.Totals(net, tax, duty, total, now, total.minus(now));
    }

    static String pct(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "%";
    }

    /** Working state of one line while the phases fill it in. */
    private static final class Item {
        final String sku;
        final long quantity;
        final Money gross;
        final boolean inclusive;
        final String category;
        final String hsCode;
        final String origin;
        final TaxProvider.TaxDetermination determination;
        Money net;
        long extracted;
        Money duty;
        BigDecimal dutyRate;
        RuleRef dutyRef;
        String dutyNote;
        final Map<String, Long> added = new LinkedHashMap<>();
        final Map<String, Long> split = new LinkedHashMap<>();

        Item(String sku, long quantity, Money gross, boolean inclusive, String category, String hsCode, String origin,
             TaxProvider.TaxDetermination determination) {
            this.sku = sku;
            this.quantity = quantity;
            this.gross = gross;
            this.inclusive = inclusive;
            this.category = category;
            this.hsCode = hsCode;
            this.origin = origin;
            this.determination = determination;
            this.duty = Money.zero(gross.currency());
        }

        TaxRule component(String ruleId) {
            return determination.components().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        }

        /** Shares the extracted tax among components in proportion to their rates (GST 5 : QST 9.975). */
        void splitExtracted() {
            List<TaxRule> components = determination.components();
            long[] ratios = components.stream().mapToLong(r -> r.ratePercent().movePointRight(4).longValueExact()).toArray();
            boolean allZero = java.util.Arrays.stream(ratios).allMatch(r -> r == 0);
            List<Money> parts = extracted == 0 || allZero
                    ? components.stream().map(r -> Money.zero(gross.currency())).toList()
                    : Money.ofMinor(gross.currency(), extracted).allocate(ratios);
            for (int i = 0; i < components.size(); i++) {
                split.put(components.get(i).id(), parts.get(i).minorUnits());
            }
        }

        QuotedLine toLine(QuoteRequest request, RegimeDecision regime, Optional<RoundingRule> rounding, boolean taxNow) {
            List<TaxAmount> amounts = new ArrayList<>();
            List<RuleRef> refs = new ArrayList<>();
            Money tax = Money.zero(gross.currency());
            for (TaxRule rule : determination.components()) {
                long minor = split.getOrDefault(rule.id(), 0L) + added.getOrDefault(rule.id(), 0L);
                Money amount = Money.ofMinor(gross.currency(), minor);
                amounts.add(new TaxAmount(rule.taxName(), rule.ref(), rule.ratePercent(), amount));
                refs.add(rule.ref());
                tax = tax.plus(amount);
            }
            refs.addAll(regime.rules());
            regime.checks().forEach(c -> refs.addAll(c.value().rates()));
            rounding.ifPresent(r -> refs.add(r.ref()));
            if (dutyRef != null) {
                refs.add(dutyRef);
            }
            boolean dutyNow = request.incoterm() == Incoterm.DDP;
            String explanation = LineExplanation.of(this.sku, gross, inclusive, net, amounts, determination, category,
                    request, regime, taxNow, duty, dutyNote, dutyNow);
            return new QuotedLine(sku, quantity, net, amounts, tax, dutyRate == null ? BigDecimal.ZERO : dutyRate, duty,
                    net.plus(tax).plus(duty), taxNow, dutyNow || duty.isZero(), List.copyOf(new LinkedHashSet<>(refs)),
                    explanation);
        }
    }
}
