package dev.meridian.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "meridian.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /catalog-service}. */
    String source();

    /** Turn the relay off (the outbox still records; another instance or a later start publishes). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay waits before looking again when nothing was pending. */
    @WithDefault("200ms")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** How long one Kafka send may take before the batch is abandoned and retried on the next tick. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Sent rows are kept this long for diagnosis and replay, then deleted. */
    @WithDefault("7d")
    Duration retention();
}
