package dev.meridian.checkout.domain.promotion;

/**
 * Why a discount code does not apply, in the style of commercetools' DiscountCodeState. {@link #keeps()} tells
 * whether the code stays in the cart (it may apply after the cart changes) or is refused outright.
 */
public enum CodeRefusal {
    UNKNOWN_CODE("unknown-code", "no discount has this code", false),
    INACTIVE("inactive", "the discount has been switched off", false),
    NOT_YET_VALID("not-yet-valid", "the discount has not started yet", false),
    EXPIRED("expired", "the discount has ended", false),
    NOT_IN_MARKET("not-in-market", "the discount does not apply in this market", false),
    CURRENCY_NOT_SUPPORTED("currency-not-supported", "the discount is not offered in this currency", false),
    USAGE_LIMIT_REACHED("usage-limit-reached", "the discount has been used as often as it may be", false),
    CUSTOMER_LIMIT_REACHED("customer-limit-reached", "you have used this discount as often as you may", false),
    SIGN_IN_REQUIRED("sign-in-required", "sign in to use this discount (it is limited per customer)", false),
    MINIMUM_SPEND_NOT_REACHED("minimum-spend-not-reached", "the cart does not reach the minimum spend yet", true),
    NO_MATCHING_ITEMS("no-matching-items", "nothing in the cart is covered by the discount", true),
    NOT_ENOUGH_ITEMS("not-enough-items", "the cart does not hold enough covered items yet", true),
    OUTRANKED("outranked", "a better-placed discount of the same kind applies instead; they do not combine", true),
    NOTHING_LEFT_TO_DISCOUNT("nothing-left-to-discount", "earlier discounts already took the covered amount to zero", true);

    private final String code;
    private final String explanation;
    private final boolean keeps;

    CodeRefusal(String code, String explanation, boolean keeps) {
        this.code = code;
        this.explanation = explanation;
        this.keeps = keeps;
    }

    public String code() {
        return code;
    }

    public String explanation() {
        return explanation;
    }

    /** True when the code stays in the cart and may apply once the cart changes. */
    public boolean keeps() {
        return keeps;
    }
}
