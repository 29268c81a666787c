package dev.meridian.webhook.api.support;

import dev.meridian.platform.failure.RuleViolation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times in query parameters: RFC 3339 date-times; a bad one is a 400 naming the parameter. */
public final class QueryInstants {

    private QueryInstants() {
    }

    public static Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolation(name, "must be an RFC 3339 date-time such as 2026-11-26T08:00:00Z");
        }
    }
}
