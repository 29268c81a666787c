package dev.meridian.platform.outbox;

/** One pending outbox row as the relay sees it. */
public record OutboxMessage(long position, String topic, String key, String payload) {
}
