package dev.meridian.compliance.domain.tax;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Duty rates from the seeded table: longest HS prefix first, then the highest covering version. */
public final class DutyTable implements DutyProvider {

    private final List<DutyRule> rules;

    public DutyTable(List<DutyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public Optional<DutyRule> rate(String destinationTerritory, HsCode hsCode, String origin, LocalDate date) {
        return rules.stream()
                .filter(r -> r.destination().equals(destinationTerritory) && hsCode.startsWith(r.hsPrefix())
                        && r.validity().covers(date))
                .max(Comparator.<DutyRule>comparingInt(r -> r.hsPrefix().length()).thenComparingInt(DutyRule::version));
    }
}
