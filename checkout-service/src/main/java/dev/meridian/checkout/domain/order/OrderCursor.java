package dev.meridian.checkout.domain.order;

import dev.meridian.platform.failure.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in a list of orders, newest first: the last order seen (placed-at and id). Opaque to clients; stable
 * while orders are added (a new order never shifts a page already read).
 */
public record OrderCursor(Instant placedAt, UUID id) {

    public String encode() {
        String raw = placedAt.getEpochSecond() + ":" + placedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static OrderCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            return new OrderCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new RuleViolation("cursor", "is not a cursor this API handed out");
        }
    }
}
