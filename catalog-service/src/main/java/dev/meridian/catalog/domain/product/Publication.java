package dev.meridian.catalog.domain.product;

import java.util.List;

/**
 * A product's standing in one market: whether the editor published it there and compliance's verdict. Shoppers see
 * it only when both allow it (and the product itself is active).
 */
public record Publication(String market, boolean published, String complianceStatus, List<String> reasons) {

    public static final String ALLOWED = "allowed";

    public Publication {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A market the product has never been published in: not published, nothing against it. */
    public static Publication none(String market) {
        return new Publication(market, false, ALLOWED, List.of());
    }

    public boolean visible() {
        return published && ALLOWED.equals(complianceStatus);
    }

    public Publication withPublished(boolean published) {
        return new Publication(market, published, complianceStatus, reasons);
    }
}
