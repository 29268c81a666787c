package dev.meridian.checkout.domain.promotion;

/** What became of one code the shopper entered: applied, or not, and why. */
public record CodeStatus(String code, boolean applied, CodeRefusal refusal) {

    public static CodeStatus applied(String code) {
        return new CodeStatus(code, true, null);
    }

    public static CodeStatus refused(String code, CodeRefusal refusal) {
        return new CodeStatus(code, false, refusal);
    }
}
