package dev.meridian.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The integrators' change feed. */
@ConfigMapping(prefix = "catalog.change-feed")
public interface ChangeFeedConfig {

    /**
     * Changes younger than this are held back: a transaction that started earlier may still commit an older
     * updatedAt, which a cursor past it would skip.
     */
    @WithDefault("2s")
    Duration settle();
}
