package dev.meridian.checkout.domain.catalog;

/** Why a variant cannot be put in a cart of a market; each reason has a stable code clients may switch on. */
public enum NotSellableReason {
    UNKNOWN_VARIANT("unknown-variant", "no such variant is sold"),
    PRODUCT_NOT_ACTIVE("product-not-active", "the product is not (or no longer) active"),
    NOT_OFFERED_IN_MARKET("not-offered-in-market", "the product is not offered in this market"),
    NOT_PUBLISHED("not-published", "the product is not published in this market"),
    BLOCKED_BY_COMPLIANCE("blocked-by-compliance", "the product may not be sold in this market"),
    AWAITING_COMPLIANCE_REVIEW("awaiting-compliance-review", "the product is awaiting a compliance review for this market"),
    NO_PRICE("no-price", "the product has no price in this market"),
    WRONG_CURRENCY("wrong-currency", "the product is priced in another currency in this market"),
    OUT_OF_STOCK("out-of-stock", "the variant is out of stock");

    private final String code;
    private final String explanation;

    NotSellableReason(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    public String explanation() {
        return explanation;
    }
}
