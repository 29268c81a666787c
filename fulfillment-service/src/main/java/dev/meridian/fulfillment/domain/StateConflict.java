package dev.meridian.fulfillment.domain;

/** A well-formed request that the aggregate's current state does not allow (API: 409, nothing changed). */
public class StateConflict extends RuntimeException {

    public StateConflict(String message) {
        super(message);
    }
}
