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

    /**
     * Attempts after which a row that failed for a non-retriable reason (too large, refused) is parked. A broker
     * that is down is a retriable failure and never parks anything: those rows wait until it is back.
     */
    @WithDefault("5")
    int maxAttempts();

    /** Longest wait for any one database step of the relay; nothing waits forever. */
    @WithDefault("30s")
    Duration dbTimeout();

    /** The relay is reported not ready when its loop has not come round for this long. */
    @WithDefault("60s")
    Duration heartbeatTimeout();

    /** How often the backlog, oldest-age and parked gauges are re-read from the table (not by the relay). */
    @WithDefault("5s")
    Duration metricsInterval();

    /** Sent rows are kept this long for diagnosis and replay, then deleted. */
    @WithDefault("7d")
    Duration retention();
}
