package dev.meridian.catalog.domain.storefront;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A visible product of a market's sitemap: its current handle per locale and when it last changed. */
public record SitemapEntry(UUID productId, Map<String, String> handles, Instant lastModified) {
}
