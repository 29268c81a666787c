package dev.meridian.compliance.domain.geo;

import java.util.Locale;
import java.util.Set;

/**
 * Countries (ISO 3166-1 alpha-2) and the customs/VAT territories they belong to. The EU is one customs union
 * and one VAT area for distance sales, so "EU" is a territory of its 27 members; every other country is its own.
 */
public final class Territories {

    public static final String EU = "EU";

    /** EU-27 (since 2020-02-01); special fiscal territories (Canaries, Åland, ...) are out of scope. */
    public static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private Territories() {
    }

    public static boolean isCountry(String code) {
        return code != null && ISO_COUNTRIES.contains(code);
    }

    public static boolean inEu(String country) {
        return EU_MEMBERS.contains(country);
    }

    /** The customs territory a shipment enters or leaves: "EU" for members, else the country itself. */
    public static String customsTerritory(String country) {
        return inEu(country) ? EU : country;
    }

    /** A rule written for "EU" applies to every member; otherwise the codes must be equal. */
    public static boolean matches(String ruleTarget, String country) {
        return ruleTarget.equals(country) || (EU.equals(ruleTarget) && inEu(country));
    }
}
