package dev.meridian.catalog.domain.storefront;

import java.util.List;

/**
 * A page of a list or search in the first locale of the shopper's chain; {@code next} is the cursor of the following
 * page, null on the last one.
 */
public record ListingPage(String locale, List<ListingItem> items, String next) {
}
