package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Converts amounts for threshold comparisons through EUR cross rates. The converted amount is rounded half-up
 * to the target currency's minor unit, as customs declarations are, and that rounded figure is compared.
 */
public final class ExchangeRates {

    private static final String EUR = "EUR";
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final List<FxRate> rates;

    public ExchangeRates(List<FxRate> rates) {
        this.rates = List.copyOf(rates);
    }

    public Optional<Conversion> convert(Money amount, Currency target, LocalDate date) {
        if (amount.currency().equals(target)) {
            return Optional.of(Conversion.identity(amount));
        }
        List<RuleRef> used = new ArrayList<>();
        Optional<BigDecimal> fromPerEur = perEur(amount.currencyCode(), date, used);
        Optional<BigDecimal> toPerEur = perEur(target.getCurrencyCode(), date, used);
        if (fromPerEur.isEmpty() || toPerEur.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal rate = toPerEur.get().divide(fromPerEur.get(), PRECISION);
        Money converted = Money.rounded(target, amount.amount().multiply(rate), RoundingMode.HALF_UP);
        return Optional.of(new Conversion(amount, converted, rate, used));
    }

    private Optional<BigDecimal> perEur(String currency, LocalDate date, List<RuleRef> used) {
        if (EUR.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return rates.stream()
                .filter(r -> r.currency().equals(currency) && r.validity().covers(date))
                .max(Comparator.<FxRate, LocalDate>comparing(r -> r.validity().from()).thenComparingInt(FxRate::version))
                .map(r -> {
                    used.add(r.ref());
                    return r.perEur();
                });
    }
}
