package dev.meridian.catalog.domain.storefront;

import java.util.UUID;

/** One product on a list page: localized title, the lowest price of its variants now ("from"), availability. */
public record ListingItem(UUID id, String handle, String title, String locale, ShopperProduct.PriceView price,
                          String availability) {
}
