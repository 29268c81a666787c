package dev.meridian.fulfillment.domain.shipment;

import java.util.Set;

/** Customs data is needed when a parcel leaves a customs territory; inside the EU customs union it is not. */
public final class CustomsRules {

    private static final Set<String> EU_CUSTOMS_UNION = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "MC");

    private CustomsRules() {
    }

    public static boolean requiresCustoms(String fromCountry, String toCountry) {
        if (fromCountry.equals(toCountry)) {
            return false;
        }
        return !(EU_CUSTOMS_UNION.contains(fromCountry) && EU_CUSTOMS_UNION.contains(toCountry));
    }
}
