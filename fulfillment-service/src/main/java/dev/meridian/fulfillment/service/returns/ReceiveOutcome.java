package dev.meridian.fulfillment.service.returns;

import dev.meridian.fulfillment.domain.returns.ReturnCase;

/** What receiving a return did: received now, found it received the same way before, or received differently. */
public sealed interface ReceiveOutcome {

    ReturnCase returnCase();

    /** Received by this request: restocked and return.received recorded. */
    record Received(ReturnCase returnCase) implements ReceiveOutcome {
    }

    /** A retry: it was received with the same conditions before; nothing changed. */
    record Replayed(ReturnCase returnCase) implements ReceiveOutcome {
    }

    /** It was received before with other conditions; nothing changed. */
    record Mismatch(ReturnCase returnCase) implements ReceiveOutcome {
    }
}
