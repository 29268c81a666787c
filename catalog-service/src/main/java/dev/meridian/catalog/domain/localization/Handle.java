package dev.meridian.catalog.domain.localization;

import dev.meridian.platform.failure.RuleViolation;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * URL handles ("merino-scarf", "メリノ-セーター") per locale: lower-case letters of any script (with their modifier
 * letters such as the katakana length mark "ー" and combining marks), digits and single hyphens. Handles are kept in
 * Unicode NFC, and every handle that arrives in a URL is brought to the same form first, so the decomposed spelling
 * some clients send ("ジ" as シ + ゙) finds the stored one.
 */
public final class Handle {

    private static final String WORD = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Mc}\\p{Nd}]";
    private static final String PATTERN = WORD + "+(-" + WORD + "+)*";

    private Handle() {
    }

    public static Map<String, String> validate(Map<String, String> handles) {
        Map<String, String> out = new LinkedHashMap<>();
        if (handles == null) {
            return out;
        }
        handles.forEach((tag, raw) -> {
            String handle = raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFC);
            if (handle == null || handle.length() > 120 || !handle.matches(PATTERN)) {
                throw new RuleViolation("handle." + tag, "must be lower-case words joined by single hyphens");
            }
            out.put(LocalizedText.canonicalTag(tag), handle);
        });
        return Map.copyOf(out);
    }

    /** The form a handle from a request path is looked up in: NFC, as stored. */
    public static String normalize(String handle) {
        return handle == null ? null : Normalizer.normalize(handle, Normalizer.Form.NFC);
    }

    /** A handle for a title: "Merino Schal Größe M" → "merino-schal-größe-m", "メリノ セーター" → "メリノ-セーター". */
    public static String slugify(String title) {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Mc}\\p{Nd}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "product" : slug.substring(0, Math.min(slug.length(), 120)).replaceAll("-+$", "");
    }
}
