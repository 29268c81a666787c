package dev.meridian.compliance.domain.tax;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Port for duty rates. The seeded table is small and illustrative (MFN rates for a few chapters); a tariff
 * data provider can implement this port with full national tariffs, quotas and trade remedies.
 */
public interface DutyProvider {

    Optional<DutyRule> rate(String destinationTerritory, HsCode hsCode, String origin, LocalDate date);
}
