package dev.meridian.compliance.domain.tax;

import java.time.LocalDate;
import java.util.List;

/**
 * Port for "which tax components apply here". The seeded rule table implements it for every supported
 * country; a commercial provider (Avalara, Vertex, ...) can replace it for the US, where our table is only an
 * approximation of state base rates.
 */
public interface TaxProvider {

    /** @return the components, or an empty determination when this provider knows nothing about the country */
    TaxDetermination determine(String country, String region, String category, LocalDate date);

    /**
     * @param standardFallback the requested category has no own rate in this jurisdiction, the standard rate was used
     */
    record TaxDetermination(List<TaxRule> components, boolean standardFallback) {

        public TaxDetermination {
            components = List.copyOf(components);
        }

        public static TaxDetermination none() {
            return new TaxDetermination(List.of(), false);
        }

        public boolean isEmpty() {
            return components.isEmpty();
        }

        public java.math.BigDecimal totalRatePercent() {
            return components.stream().map(TaxRule::ratePercent).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        }
    }
}
