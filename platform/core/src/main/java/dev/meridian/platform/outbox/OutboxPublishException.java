package dev.meridian.platform.outbox;

/** Kafka did not take a row; the row stays pending and the relay backs off before retrying. */
public class OutboxPublishException extends RuntimeException {

    public OutboxPublishException(String message) {
        super(message);
    }
}
