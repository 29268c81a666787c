package dev.meridian.compliance.api.rules;

import dev.meridian.compliance.service.rules.RuleCommands;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /v1/admin/tax-rules}: a new version of a tax rule (same {@code id} as the rule it supersedes from
 * {@code validFrom}, optionally naming {@code supersedesVersion}), or a new id.
 */
public record TaxRuleRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{3,80}") String id,
        @NotBlank String country,
        String region,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String category,
        @NotBlank @Size(max = 80) String taxName,
        @NotBlank @Pattern(regexp = "\\d{1,3}(\\.\\d{1,4})?", message = "a percentage like 19 or 9.975") String ratePercent,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        Boolean approximation,
        @Min(1) Integer supersedesVersion) {

    RuleCommands.AddTaxRule toCommand() {
        return new RuleCommands.AddTaxRule(id, country, region, category, taxName, new BigDecimal(ratePercent), validFrom,
                validTo, Boolean.TRUE.equals(approximation), supersedesVersion);
    }
}
