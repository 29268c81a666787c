package dev.meridian.compliance.domain.tax;

import dev.meridian.compliance.domain.geo.Territories;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of every dated rule the quote engine uses. The service keeps the current snapshot in
 * memory and swaps it whole when an administrator changes a rule, so a quote never reads the database.
 */
public record RuleSet(List<TaxRule> taxRules, List<DutyRule> dutyRules, List<LowValueRegime> lowValueRegimes,
                      List<DutyDeMinimis> deMinimis, List<FxRate> fxRates, List<RoundingRule> roundingRules,
                      List<PreferentialOrigin> preferences) {

    public RuleSet {
        taxRules = List.copyOf(taxRules);
        dutyRules = List.copyOf(dutyRules);
        lowValueRegimes = List.copyOf(lowValueRegimes);
        deMinimis = List.copyOf(deMinimis);
        fxRates = List.copyOf(fxRates);
        roundingRules = List.copyOf(roundingRules);
        preferences = List.copyOf(preferences);
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<LowValueRegime> lowValueRegime(String destinationCountry, LocalDate date) {
        return lowValueRegimes.stream()
                .filter(r -> Territories.matches(r.destination(), destinationCountry) && r.validity().covers(date))
                .max(Comparator.comparingInt(LowValueRegime::version));
    }

    public Optional<DutyDeMinimis> deMinimis(String destinationCountry, LocalDate date) {
        return deMinimis.stream()
                .filter(r -> Territories.matches(r.destination(), destinationCountry) && r.validity().covers(date))
                .max(Comparator.<DutyDeMinimis, LocalDate>comparing(r -> r.validity().from())
                        .thenComparingInt(DutyDeMinimis::version));
    }

    public Optional<RoundingRule> rounding(String country) {
        return roundingRules.stream().filter(r -> r.country().equals(country))
                .max(Comparator.comparingInt(RoundingRule::version));
    }

    public Optional<PreferentialOrigin> preference(String destinationCountry, String origin) {
        if (origin == null) {
            return Optional.empty();
        }
        return preferences.stream()
                .filter(p -> Territories.matches(p.destination(), destinationCountry) && Territories.matches(p.origin(), origin))
                .findFirst();
    }

    public boolean hasTaxRulesFor(String country) {
        return taxRules.stream().anyMatch(r -> r.country().equals(country));
    }
}
