package dev.meridian.platform.failure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A well-formed request that the aggregate's current state does not allow (a cancelled order cannot be
 * shipped, stock is short, a lost concurrent-write race): answered 409, nothing changed. {@link #details()}
 * become extension members of the problem (e.g. {@code insufficientSkus}) so a client can act on them.
 */
public non-sealed class StateConflict extends DomainFailure {

    private final Map<String, Object> details;

    public StateConflict(String message) {
        this(message, Map.of());
    }

    public StateConflict(String message, Map<String, ?> details) {
        super(message);
        this.details = Map.copyOf(new LinkedHashMap<>(details));
    }

    public Map<String, Object> details() {
        return details;
    }
}
