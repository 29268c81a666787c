package dev.meridian.catalog.service.storefront;

import dev.meridian.catalog.domain.localization.Handle;
import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.storefront.ListingQuery;
import dev.meridian.platform.failure.RuleViolation;
import java.util.List;
import java.util.UUID;

/**
 * What the storefront cache keys its entries by: records of the parameters that shape a read, never strings joined
 * with a separator (a separator inside a value would make two reads one entry), with the locale in canonical form
 * and the handle in NFC, so spellings of one request are one entry.
 */
final class StorefrontKeys {

    record ProductPage(String market, String handle, String locale) {
    }

    record ListPage(String market, String locale, String q, UUID category, String minPrice, String maxPrice,
                    List<String> options, String availability, String sort, Integer limit, String cursor) {
    }

    record Sitemap(String market, Integer page) {
    }

    private StorefrontKeys() {
    }

    static ProductPage product(String market, String handle, String locale) {
        return new ProductPage(market, Handle.normalize(handle), canonical(locale));
    }

    static ListPage list(String market, ListingQuery.Params p) {
        return new ListPage(market, canonical(p.locale()), p.q(), p.category(), p.minPrice(), p.maxPrice(),
                List.copyOf(p.options()), p.availability(), p.sort(), p.limit(), p.cursor());
    }

    static Sitemap sitemap(String market, Integer page) {
        return new Sitemap(market, page);
    }

    /** {@code de-at} and {@code de-AT} are one locale; a tag that is not one stays as sent (its read fails, uncached). */
    private static String canonical(String locale) {
        if (locale == null || locale.isBlank()) {
            return null;
        }
        try {
            return LocalizedText.canonicalTag(locale.strip());
        } catch (RuleViolation e) {
            return locale;
        }
    }
}
