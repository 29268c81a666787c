package dev.meridian.checkout.api.cart;

import dev.meridian.checkout.service.cart.CartCaller;
import dev.meridian.platform.failure.PreconditionFailed;

/** HTTP details of carts: who asks (bearer subject, {@code X-Cart-Token}) and the version in ETag / If-Match. */
public final class CartHttp {

    public static final String TOKEN_HEADER = "X-Cart-Token";

    private CartHttp() {
    }

    public static CartCaller caller(String subject, String cartToken) {
        String token = cartToken == null || cartToken.isBlank() ? null : cartToken.strip();
        return new CartCaller(subject, token);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} names; null for none or {@code *}. A weak or foreign tag matches nothing. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
        throw new PreconditionFailed("If-Match " + (tag.length() > 40 ? tag.substring(0, 40) + "…" : tag)
                + " names no version of this cart; send the ETag of the cart you read");
    }
}
