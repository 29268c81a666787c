package dev.meridian.compliance.domain.tax;

import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** What a new rule's fields must satisfy before anything is written; each failure names the field (400). */
public final class RuleChecks {

    /** Thresholds are stored as numeric(18,3): anything this large is a typo, not a customs threshold. */
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("1000000000000");

    private RuleChecks() {
    }

    public static void country(String field, String code) {
        RuleViolation.require(Territories.isCountry(code), field,
                "'" + code + "' is not an ISO 3166-1 alpha-2 country code");
    }

    /** Trade rules are written per customs territory: "EU" for the member states, otherwise the country. */
    public static void customsTerritory(String field, String code) {
        if (Territories.EU.equals(code)) {
            return;
        }
        RuleViolation.require(Territories.isCountry(code), field,
                "'" + code + "' is neither EU nor an ISO 3166-1 alpha-2 country code");
        RuleViolation.require(!Territories.inEu(code), field,
                code + " is in the EU customs territory: write the rule for EU");
    }

    /** A market is "EU" or a country. */
    public static void market(String field, String code) {
        RuleViolation.require(Territories.EU.equals(code) || Territories.isCountry(code), field,
                "'" + code + "' is neither EU nor an ISO country code");
    }

    public static Currency currency(String field, String code) {
        try {
            return Money.currencyOf(code);
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "'" + code + "' is not an ISO 4217 currency");
        }
    }

    public static Money threshold(String field, Money threshold) {
        RuleViolation.require(threshold != null, field, "is required");
        RuleViolation.require(threshold.amount().signum() >= 0, field + ".amount", "must not be negative");
        RuleViolation.require(threshold.amount().compareTo(MAX_THRESHOLD) < 0, field + ".amount",
                "must be less than " + MAX_THRESHOLD.toPlainString());
        return threshold;
    }

    public static BigDecimal percent(String field, BigDecimal rate, BigDecimal max) {
        RuleViolation.require(rate != null, field, "is required");
        RuleViolation.require(rate.signum() >= 0, field, "must not be negative");
        RuleViolation.require(max == null || rate.compareTo(max) <= 0, field, "must be at most " + max);
        return rate;
    }
}
