package dev.meridian.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bulk import limits and the worker's timing. */
@ConfigMapping(prefix = "catalog.import")
public interface ImportConfig {

    /** Data lines per file; more is 413. */
    @WithDefault("100000")
    int maxLines();

    /** Bytes per file (the HTTP layer's own limit, quarkus.http.limits.max-body-size, must be larger). */
    @WithDefault("48000000")
    long maxBytes();

    /** How often every instance looks for queued work and for jobs a crashed instance left running. */
    @WithDefault("5s")
    Duration pollInterval();

    /** A running job whose progress has not moved for this long is taken over (its instance is presumed dead). */
    @WithDefault("60s")
    Duration staleAfter();

    /**
     * Attempts at a job before it is given up as failed with its reason. A bad line never counts (it is a line error);
     * this is for jobs that cannot run at all, or whose worker keeps dying.
     */
    @WithDefault("3")
    int maxAttempts();

    /** How long a job waits after a failed attempt before it is claimed again (behind jobs that have not failed). */
    @WithDefault("30s")
    Duration retryBackoff();

    /** Errors listed per GET of a job (page on with errorsAfter). */
    @WithDefault("1000")
    int errorsPerPage();
}
