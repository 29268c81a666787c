package dev.meridian.fulfillment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "fulfillment")
public interface FulfillmentConfig {

    /** Per carrier code: the secret its tracking webhooks are signed with. */
    Map<String, Carrier> carriers();

    Simulator simulator();

    Labels labels();

    Reservations reservations();

    Webhooks webhooks();

    Feeds feeds();

    interface Carrier {
        String webhookSecret();
    }

    interface Simulator {
        /** Share of calls that time out (half before, half after creating the label). */
        @WithDefault("0")
        double failureRate();
    }

    interface Labels {
        /** Attempts per label purchase; safe to retry because label creation is idempotent by shipment id. */
        @WithDefault("3")
        int maxAttempts();
    }

    interface Reservations {
        @WithDefault("15m")
        Duration defaultTtl();

        @WithDefault("2h")
        Duration maxTtl();

        /** Off in tests that drive expiry themselves with a moved clock. */
        @WithDefault("true")
        boolean expiryEnabled();

        /** How often the expiry sweep runs (read by the scheduler as {@code fulfillment.reservations.expiry-interval}). */
        @WithDefault("10s")
        String expiryInterval();
    }

    interface Feeds {
        /** How often the feed worker looks for pending feeds (read by the scheduler as {@code fulfillment.feeds.poll-interval}). */
        @WithDefault("1s")
        String pollInterval();

        /** Attempts at a failing chunk before its feed is FAILED (and the feeds after it go ahead). */
        @WithDefault("3")
        int maxAttempts();
    }

    interface Webhooks {
        /** A signed timestamp further than this from now is refused (replay protection). */
        @WithDefault("5m")
        Duration tolerance();
    }
}
