package dev.meridian.catalog.domain.product;

import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.platform.failure.RuleViolation;
import java.util.Map;

/** A product image with alt text per locale (accessibility and image search). */
public record Image(String url, Map<String, String> alt) {

    public Image {
        if (url == null || !url.matches("https?://\\S{1,2000}")) {
            throw new RuleViolation("images.url", "must be an http(s) URL");
        }
        alt = alt == null || alt.isEmpty() ? Map.of() : new LocalizedText(alt).values();
    }
}
