package dev.meridian.compliance.service.rules;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * New versions of the dated rules, as the application asks for them. Same {@code id} as an existing rule to change
 * it from {@code validFrom} (optionally naming the version it supersedes, which must still be the newest), or a
 * new id.
 */
public final class RuleCommands {

    private RuleCommands() {
    }

    public record AddTaxRule(String id, String country, String region, String category, String taxName,
                             BigDecimal ratePercent, LocalDate validFrom, LocalDate validTo, boolean approximation,
                             Integer supersedesVersion) {
    }

    public record AddDutyRule(String id, String destination, String hsPrefix, BigDecimal ratePercent,
                              LocalDate validFrom, LocalDate validTo, String note, Integer supersedesVersion) {
    }

    public record AddDeMinimis(String id, String destination, Money threshold, boolean suspended, LocalDate validFrom,
                               LocalDate validTo, String note, Integer supersedesVersion) {
    }

    public record AddLowValueRegime(String id, String destination, String code, String aboveCode, Money threshold,
                                    LocalDate validFrom, LocalDate validTo, String description,
                                    Integer supersedesVersion) {
    }

    public record AddFxRate(String id, String currency, BigDecimal perEur, LocalDate validFrom, LocalDate validTo,
                            String source, Integer supersedesVersion) {
    }
}
