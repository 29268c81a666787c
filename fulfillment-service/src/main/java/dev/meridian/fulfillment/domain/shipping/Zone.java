package dev.meridian.fulfillment.domain.shipping;

import java.util.Set;

/** A set of destination countries that share rates (e.g. "EU-1": DE, AT, NL...). */
public record Zone(String code, Set<String> countries) {

    public Zone {
        countries = Set.copyOf(countries);
    }

    public boolean contains(String country) {
        return countries.contains(country);
    }
}
