package dev.meridian.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "meridian.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its stored response are kept; the IETF draft asks for at least 24 hours. */
    @WithDefault("24h")
    Duration retention();
}
