package dev.meridian.checkout.domain.order;

import dev.meridian.platform.failure.RuleViolation;
import java.time.Instant;
import java.util.UUID;

/** A merchant's note on an order. */
public record OrderNote(UUID id, UUID orderId, String author, String text, Instant createdAt) {

    public OrderNote {
        RuleViolation.require(text != null && !text.isBlank(), "text", "is required");
        RuleViolation.require(text.length() <= 2000, "text", "must be at most 2000 characters");
    }
}
