package dev.meridian.compliance.api.rules;

import dev.meridian.compliance.service.rules.RuleCommands;
import dev.meridian.platform.money.Money;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * New versions of the dated trade rules. Same {@code id} as an existing rule to change it from {@code validFrom}
 * (optionally naming the version it supersedes, which must still be the newest), or a new id.
 */
public final class TradeRuleRequests {

    private static final String ID = "[a-z0-9-]{3,80}";

    private TradeRuleRequests() {
    }

    public record DutyRuleRequest(
            @NotBlank @Pattern(regexp = ID) String id,
            @NotBlank String destination,
            @NotNull @Pattern(regexp = "(\\d{2}){0,3}", message = "'' (default), a 2-digit chapter, 4-digit heading or 6-digit subheading") String hsPrefix,
            @NotBlank @Pattern(regexp = "\\d{1,3}(\\.\\d{1,4})?", message = "a percentage like 12 or 2.7") String ratePercent,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 500) String note,
            @Min(1) Integer supersedesVersion) {

        RuleCommands.AddDutyRule toCommand() {
            return new RuleCommands.AddDutyRule(id, destination, hsPrefix, new BigDecimal(ratePercent), validFrom, validTo,
                    note, supersedesVersion);
        }
    }

    public record DeMinimisRequest(
            @NotBlank @Pattern(regexp = ID) String id,
            @NotBlank String destination,
            @NotNull Money threshold,
            Boolean suspended,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 500) String note,
            @Min(1) Integer supersedesVersion) {

        RuleCommands.AddDeMinimis toCommand() {
            return new RuleCommands.AddDeMinimis(id, destination, threshold, Boolean.TRUE.equals(suspended), validFrom,
                    validTo, note, supersedesVersion);
        }
    }

    public record LowValueRegimeRequest(
            @NotBlank @Pattern(regexp = ID) String id,
            @NotBlank String destination,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String aboveCode,
            @NotNull Money threshold,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 500) String description,
            @Min(1) Integer supersedesVersion) {

        RuleCommands.AddLowValueRegime toCommand() {
            return new RuleCommands.AddLowValueRegime(id, destination, code, aboveCode, threshold, validFrom, validTo,
                    description, supersedesVersion);
        }
    }

    public record FxRateRequest(
            @NotBlank @Pattern(regexp = ID) String id,
            @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotBlank @Pattern(regexp = "\\d{1,9}(\\.\\d{1,6})?", message = "units of the currency per 1 EUR, like 0.85") String perEur,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @NotBlank @Size(max = 500) String source,
            @Min(1) Integer supersedesVersion) {

        RuleCommands.AddFxRate toCommand() {
            return new RuleCommands.AddFxRate(id, currency, new BigDecimal(perEur), validFrom, validTo, source,
                    supersedesVersion);
        }
    }
}
