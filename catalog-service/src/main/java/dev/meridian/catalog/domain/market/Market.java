package dev.meridian.catalog.domain.market;

import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.pricing.RoundingRule;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A market a brand sells into: the countries it serves, its currency, its locales (default first), whether its
 * prices are stated tax-inclusive, how derived prices are rounded and whether FX derivation is on.
 */
public record Market(String code, List<String> countries, Currency currency, List<String> locales,
                     boolean taxInclusive, RoundingRule rounding, boolean fxDerived) {

    private static final String CODE = "[A-Z][A-Z0-9]{1,15}";

    public Market {
        if (code == null || !code.matches(CODE)) {
            throw new RuleViolation("code", "must be 2-16 upper-case letters or digits");
        }
        if (countries == null || countries.isEmpty()) {
            throw new RuleViolation("countries", "at least one country is required");
        }
        for (String c : countries) {
            if (c == null || !c.matches("[A-Z]{2}")) {
                throw new RuleViolation("countries", "'" + c + "' is not an ISO 3166-1 alpha-2 code");
            }
        }
        if (currency == null) {
            throw new RuleViolation("currency", "is required");
        }
        if (locales == null || locales.isEmpty()) {
            throw new RuleViolation("locales", "at least one locale is required");
        }
        locales = locales.stream().map(LocalizedText::canonicalTag).distinct().toList();
        countries = List.copyOf(countries);
        rounding = rounding == null ? RoundingRule.EXACT : rounding;
    }

    public static Market of(String code, List<String> countries, String currency, List<String> locales,
                            boolean taxInclusive, RoundingRule rounding, boolean fxDerived) {
        return new Market(code == null ? null : code.toUpperCase(Locale.ROOT), countries, Money.currencyOf(currency),
                locales, taxInclusive, rounding, fxDerived);
    }

    public String defaultLocale() {
        return locales.get(0);
    }

    public void requireCurrency(Money money, String field) {
        if (!money.currency().equals(currency)) {
            throw new RuleViolation(field, "market " + code + " prices in " + currency.getCurrencyCode()
                    + ", not " + money.currencyCode());
        }
    }
}
