package dev.meridian.catalog.domain.storefront;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The storefront URL path of a product in a market and locale. */
public final class ProductPath {

    private ProductPath() {
    }

    /** The handle is percent-encoded UTF-8, so non-Latin handles survive headers and links. */
    public static String of(String market, String handle, String locale) {
        return "/v1/markets/" + market + "/products/"
                + URLEncoder.encode(handle, StandardCharsets.UTF_8).replace("+", "%20") + "?locale=" + locale;
    }
}
