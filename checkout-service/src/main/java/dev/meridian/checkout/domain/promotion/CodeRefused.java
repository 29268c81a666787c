package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.failure.StateConflict;
import java.util.Map;

/** A discount code that cannot apply to this cart at all: 409 with the code and the reason, and it is not kept. */
public final class CodeRefused extends StateConflict {

    public CodeRefused(CodeStatus status) {
        super("discount code " + status.code() + " cannot be used: " + status.refusal().explanation(),
                Map.of("code", status.code(), "reason", status.refusal().code()));
    }
}
