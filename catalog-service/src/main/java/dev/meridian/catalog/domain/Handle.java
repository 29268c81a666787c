package dev.meridian.catalog.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** URL handles ("merino-scarf") per locale: lower-case letters (any script), digits and single hyphens. */
public final class Handle {

    private static final String PATTERN = "[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*";

    private Handle() {
    }

    public static Map<String, String> validate(Map<String, String> handles) {
        Map<String, String> out = new LinkedHashMap<>();
        if (handles == null) {
            return out;
        }
        handles.forEach((tag, handle) -> {
            if (handle == null || handle.length() > 120 || !handle.matches(PATTERN)) {
                throw new CatalogRuleViolation("handle." + tag, "must be lower-case words joined by single hyphens");
            }
            out.put(LocalizedText.canonicalTag(tag), handle);
        });
        return Map.copyOf(out);
    }

    /** A handle for a title: "Merino Schal Größe M" → "merino-schal-größe-m". */
    public static String slugify(String title) {
        String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{Ll}\\p{Lo}\\p{Nd}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "product" : slug.substring(0, Math.min(slug.length(), 120)).replaceAll("-+$", "");
    }
}
