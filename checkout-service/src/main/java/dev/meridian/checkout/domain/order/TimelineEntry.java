package dev.meridian.checkout.domain.order;

import java.time.Instant;

/** One line of an order's timeline: a move on an axis (or an event that moved nothing, {@code to} "-"). */
public record TimelineEntry(int seq, Instant at, String axis, String from, String to, String eventType,
                            String detail) {
}
