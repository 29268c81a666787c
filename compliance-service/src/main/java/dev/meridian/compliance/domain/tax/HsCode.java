package dev.meridian.compliance.domain.tax;

import java.util.regex.Pattern;

/**
 * Harmonized System code: 6 internationally agreed digits, optionally extended to 8 or 10 national digits.
 * Dots and spaces used for readability ("6109.10.00") are accepted and dropped.
 */
public record HsCode(String digits) {

    private static final Pattern VALID = Pattern.compile("\\d{6}(\\d{2}){0,2}");

    public HsCode {
        if (digits == null || !VALID.matcher(digits).matches()) {
            throw new IllegalArgumentException("an HS code has 6, 8 or 10 digits, e.g. 6109.10");
        }
    }

    public static HsCode parse(String text) {
        return new HsCode(text == null ? null : text.replace(".", "").replace(" ", ""));
    }

    public static boolean isValid(String text) {
        return text != null && VALID.matcher(text.replace(".", "").replace(" ", "")).matches();
    }

    public String chapter() {
        return digits.substring(0, 2);
    }

    public boolean startsWith(String prefix) {
        return digits.startsWith(prefix);
    }

    @Override
    public String toString() {
        return digits;
    }
}
