package dev.meridian.catalog.service.storefront;

import dev.meridian.catalog.domain.storefront.ShopperProduct;

/** The answer to a storefront product read by handle: the product, or where a renamed handle moved to. */
public sealed interface ProductLookup {

    record Found(ShopperProduct product) implements ProductLookup {
    }

    /** An old handle: the product now lives at {@code path} (a permanent redirect). */
    record Moved(String path) implements ProductLookup {
    }
}
