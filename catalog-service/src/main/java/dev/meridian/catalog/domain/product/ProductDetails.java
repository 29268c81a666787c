package dev.meridian.catalog.domain.product;

import dev.meridian.catalog.domain.localization.Handle;
import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.platform.failure.RuleViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Everything about a product beyond identity and title: content, SEO, classification, customs and media. */
public record ProductDetails(Map<String, String> description, Map<String, String> seoTitle,
                             Map<String, String> seoDescription, Map<String, String> handle, String brand,
                             UUID categoryId, List<OptionAxis> optionAxes, String hsCode, String originCountry,
                             String taxCategory, Set<String> certifications, List<Image> images) {

    public ProductDetails {
        description = localized(description);
        seoTitle = localized(seoTitle);
        seoDescription = localized(seoDescription);
        handle = Handle.validate(handle);
        optionAxes = optionAxes == null ? List.of() : List.copyOf(optionAxes);
        images = images == null ? List.of() : List.copyOf(images);
        if (hsCode != null && !hsCode.matches("\\d{6,10}")) {
            throw new RuleViolation("hsCode", "must be 6-10 digits");
        }
        if (originCountry != null && !originCountry.matches("[A-Z]{2}")) {
            throw new RuleViolation("originCountry", "must be an ISO 3166-1 alpha-2 code");
        }
        if (taxCategory != null && !taxCategory.matches("[a-z][a-z0-9_-]{0,63}")) {
            throw new RuleViolation("taxCategory", "must be a lower-case identifier");
        }
        TreeSet<String> certs = new TreeSet<>();
        if (certifications != null) {
            for (String c : certifications) {
                if (c == null || !c.matches("[A-Z0-9][A-Z0-9 ._-]{0,31}")) {
                    throw new RuleViolation("certifications", "'" + c + "' is not a certification mark (CE, UKCA, FCC, ...)");
                }
                certs.add(c);
            }
        }
        certifications = Set.copyOf(certs);
    }

    public static ProductDetails empty() {
        return new ProductDetails(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Map<String, String> localized(Map<String, String> text) {
        return text == null || text.isEmpty() ? Map.of() : new LocalizedText(text).values();
    }
}
