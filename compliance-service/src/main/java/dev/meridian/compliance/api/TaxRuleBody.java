package dev.meridian.compliance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** A new version of a tax rule: same {@code id} as the rule it supersedes from {@code validFrom}, or a new id. */
public record TaxRuleBody(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{3,80}") String id,
        @NotBlank String country,
        String region,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String category,
        @NotBlank String taxName,
        @NotBlank @Pattern(regexp = "\\d{1,3}(\\.\\d{1,4})?", message = "a percentage like 19 or 9.975") String ratePercent,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        Boolean approximation) {
}
