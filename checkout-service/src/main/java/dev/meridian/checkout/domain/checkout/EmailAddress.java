package dev.meridian.checkout.domain.checkout;

import dev.meridian.platform.failure.RuleViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/** The buyer's e-mail for order mail: one address, at most 254 characters, domain in lower case. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    public static String validate(String email) {
        RuleViolation.require(email != null && !email.isBlank(), "email", "is required");
        String e = email.strip();
        RuleViolation.require(e.length() <= 254 && SHAPE.matcher(e).matches(), "email", "is not an e-mail address");
        int at = e.lastIndexOf('@');
        return e.substring(0, at) + "@" + e.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
