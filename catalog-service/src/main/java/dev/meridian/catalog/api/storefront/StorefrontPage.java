package dev.meridian.catalog.api.storefront;

import dev.meridian.catalog.domain.storefront.ListingPage;
import java.util.List;
import java.util.UUID;

/** A list or search page: {@code items}, and {@code next} (the cursor of the following page, null on the last). */
public record StorefrontPage(List<Item> items, String next) {

    public record Item(UUID id, String handle, String title, String locale, StorefrontProduct.PriceView price,
                       String availability) {
    }

    static StorefrontPage of(ListingPage page) {
        return new StorefrontPage(page.items().stream().map(i -> new Item(i.id(), i.handle(), i.title(), i.locale(),
                StorefrontProduct.PriceView.of(i.price()), i.availability())).toList(), page.next());
    }
}
