package dev.meridian.checkout.domain.catalog;

import java.util.Map;
import java.util.TreeMap;

/** Picks a text from a BCP 47-keyed map along the fallback chain {@code de-AT → de → en → first}. */
public final class Localized {

    private Localized() {
    }

    public static String pick(Map<String, String> texts, String locale) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        if (locale != null) {
            if (texts.containsKey(locale)) {
                return texts.get(locale);
            }
            int dash = locale.indexOf('-');
            if (dash > 0 && texts.containsKey(locale.substring(0, dash))) {
                return texts.get(locale.substring(0, dash));
            }
        }
        if (texts.containsKey("en")) {
            return texts.get("en");
        }
        return new TreeMap<>(texts).firstEntry().getValue();
    }
}
