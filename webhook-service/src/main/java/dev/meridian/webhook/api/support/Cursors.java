package dev.meridian.webhook.api.support;

import dev.meridian.platform.failure.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors for list pages: the position after which the next page starts. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("cursor", "is not a cursor this API returned");
        }
    }

    public static long decodeLong(String cursor) {
        String position = decode(cursor);
        if (position == null) {
            return 0;
        }
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw new RuleViolation("cursor", "is not a cursor this API returned");
        }
    }

    /** Page size: 50 by default, at most 500. */
    public static int limit(Integer limit) {
        RuleViolation.require(limit == null || limit >= 1 && limit <= 500, "limit", "must be between 1 and 500");
        return limit == null ? 50 : limit;
    }
}
