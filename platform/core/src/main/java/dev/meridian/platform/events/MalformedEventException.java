package dev.meridian.platform.events;

/** An incoming message that is not a valid CloudEvent; consumers log and skip it rather than loop on it. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
