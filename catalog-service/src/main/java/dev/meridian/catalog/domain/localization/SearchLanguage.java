package dev.meridian.catalog.domain.localization;

import java.util.Locale;
import java.util.Map;

/** The PostgreSQL text-search configuration for a locale's language (stemming and stop words). */
public final class SearchLanguage {

    private static final Map<String, String> CONFIGS = Map.ofEntries(
            Map.entry("de", "german"), Map.entry("en", "english"), Map.entry("fr", "french"),
            Map.entry("es", "spanish"), Map.entry("it", "italian"), Map.entry("nl", "dutch"),
            Map.entry("pt", "portuguese"), Map.entry("sv", "swedish"), Map.entry("da", "danish"),
            Map.entry("fi", "finnish"), Map.entry("nb", "norwegian"), Map.entry("no", "norwegian"),
            Map.entry("ru", "russian"), Map.entry("tr", "turkish"), Map.entry("hu", "hungarian"));

    private SearchLanguage() {
    }

    /** Languages without a stemmer here (ja, zh, ...) use {@code simple}: lower-cased tokens, no stemming. */
    public static String configFor(String tag) {
        return CONFIGS.getOrDefault(Locale.forLanguageTag(tag).getLanguage(), "simple");
    }
}
