package dev.meridian.checkout.domain.checkout;

import dev.meridian.platform.failure.RuleViolation;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a deliverable address needs in each country Meridian ships to: the required fields and the postal-code
 * format of the national post (a carrier rejects a label with a malformed code, and the buyer waits). A country
 * not listed here is not shipped to.
 */
public final class AddressRules {

    /** Country → postal-code format (normalised: upper case, single spaces). */
    private static final Map<String, Pattern> POSTAL_CODES = Map.ofEntries(
            Map.entry("DE", Pattern.compile("[0-9]{5}")),
            Map.entry("AT", Pattern.compile("[0-9]{4}")),
            Map.entry("CH", Pattern.compile("[0-9]{4}")),
            Map.entry("FR", Pattern.compile("[0-9]{5}")),
            Map.entry("BE", Pattern.compile("[0-9]{4}")),
            Map.entry("NL", Pattern.compile("[1-9][0-9]{3} ?[A-Z]{2}")),
            Map.entry("LU", Pattern.compile("[0-9]{4}")),
            Map.entry("IT", Pattern.compile("[0-9]{5}")),
            Map.entry("ES", Pattern.compile("[0-9]{5}")),
            Map.entry("PT", Pattern.compile("[0-9]{4}-[0-9]{3}")),
            Map.entry("IE", Pattern.compile("[AC-FHKNPRTV-Y][0-9]{2}W? ?[0-9AC-FHKNPRTV-Y]{4}")),
            Map.entry("DK", Pattern.compile("[0-9]{4}")),
            Map.entry("SE", Pattern.compile("[0-9]{3} ?[0-9]{2}")),
            Map.entry("FI", Pattern.compile("[0-9]{5}")),
            Map.entry("PL", Pattern.compile("[0-9]{2}-[0-9]{3}")),
            Map.entry("GB", Pattern.compile("(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})")),
            Map.entry("US", Pattern.compile("[0-9]{5}(-[0-9]{4})?")),
            Map.entry("CA", Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]")),
            Map.entry("JP", Pattern.compile("[0-9]{3}-?[0-9]{4}")),
            Map.entry("AU", Pattern.compile("[0-9]{4}")));

    /** Countries whose post needs the state, province or prefecture. */
    private static final Set<String> REGION_REQUIRED = Set.of("US", "CA", "JP", "AU");
    private static final Pattern US_STATE = Pattern.compile("[A-Z]{2}");

    private AddressRules() {
    }

    public static Set<String> supportedCountries() {
        return POSTAL_CODES.keySet();
    }

    /** The address, trimmed and normalised, or a violation naming the first field that is wrong. */
    public static ShippingAddress validate(ShippingAddress a) {
        RuleViolation.require(a != null, "shippingAddress", "is required");
        String country = upper(a.country());
        RuleViolation.require(country != null && country.matches("[A-Z]{2}"), "country",
                "must be an ISO 3166-1 alpha-2 code such as DE");
        Pattern postal = POSTAL_CODES.get(country);
        RuleViolation.require(postal != null, "country", "orders cannot be shipped to " + country);
        String name = required(a.name(), "name", 100);
        String line1 = required(a.line1(), "line1", 100);
        String line2 = optional(a.line2(), "line2", 100);
        String city = required(a.city(), "city", 60);
        String postalCode = required(a.postalCode(), "postalCode", 12).toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        RuleViolation.require(postal.matcher(postalCode).matches(), "postalCode",
                "'" + postalCode + "' is not a postal code of " + country);
        String region = optional(a.region(), "region", 60);
        if (REGION_REQUIRED.contains(country)) {
            RuleViolation.require(region != null, "region", "is required for addresses in " + country);
        }
        if ("US".equals(country)) {
            region = region.toUpperCase(Locale.ROOT);
            RuleViolation.require(US_STATE.matcher(region).matches(), "region",
                    "must be the two-letter state code, e.g. NY");
        }
        String phone = optional(a.phone(), "phone", 30);
        if (phone != null) {
            RuleViolation.require(phone.matches("\\+?[0-9 ()./-]{4,30}"), "phone", "is not a phone number");
        }
        return new ShippingAddress(name, line1, line2, postalCode, city, region, country, phone);
    }

    private static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        RuleViolation.require(v != null, field, "is required");
        return v;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        RuleViolation.require(v.length() <= max, field, "must be at most " + max + " characters");
        return v;
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
