package dev.meridian.catalog.domain.localization;

import dev.meridian.platform.failure.RuleViolation;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Text per BCP 47 locale tag ({@code de}, {@code de-AT}, {@code en}); tags are stored in canonical form. */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        if (values == null || values.isEmpty()) {
            throw new RuleViolation("text", "at least one locale is required");
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        values.forEach((tag, text) -> {
            if (text == null || text.isBlank()) {
                throw new RuleViolation("text." + tag, "must not be blank");
            }
            canonical.put(canonicalTag(tag), text.strip());
        });
        values = Map.copyOf(canonical);
    }

    public static String canonicalTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new RuleViolation("locale", "'" + tag + "' is not a BCP 47 language tag");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException | NullPointerException e) {
            throw new RuleViolation("locale", "'" + tag + "' is not a BCP 47 language tag");
        }
    }
}
