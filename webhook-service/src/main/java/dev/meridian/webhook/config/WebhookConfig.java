package dev.meridian.webhook.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The webhook service's own settings (prefix {@code webhook}); shared wiring comes from the platform. */
@ConfigMapping(prefix = "webhook")
public interface WebhookConfig {

    Delivery delivery();

    Failure failure();

    Secrets secrets();

    Destinations destinations();

    Retention retention();

    Metrics metrics();

    interface Delivery {
        /** Standard Webhooks: a connection must be open within this. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** The whole attempt (connect, send, response) must be done within this; only 2xx in time is success. */
        @WithDefault("15s")
        Duration totalTimeout();

        /**
         * Delays before each retry after the first attempt (Standard Webhooks' example schedule): the first attempt
         * is made on arrival, then one retry after each delay, so 11 attempts over about three and a half days.
         */
        @WithDefault("0s,5s,5m,30m,2h,5h,10h,14h,20h,24h")
        List<Duration> retrySchedule();

        /** Each retry delay is moved by up to this share either way, so failed deliveries do not retry in step. */
        @WithDefault("0.2")
        double jitter();

        /** How often the dispatcher looks for due messages. */
        @WithDefault("100ms")
        Duration dispatchInterval();

        /** Attempts in flight at once per endpoint (one per aggregate when ordered). */
        @WithDefault("4")
        int maxConcurrencyPerEndpoint();

        /** Messages claimed ahead per endpoint; a slow endpoint's queue fills up and it claims no more. */
        @WithDefault("50")
        int queueCapacityPerEndpoint();

        /** A claimed message not recorded within this (crashed instance) is claimed again, same webhook-id. */
        @WithDefault("5m")
        Duration lease();

        /**
         * Per-aggregate ordering: a message whose predecessor of the same aggregate has been failing for longer
         * than this no longer waits for it (the predecessor keeps retrying on its schedule).
         */
        @WithDefault("10m")
        Duration headOfLineTimeout();

        /** Bytes of the receiver's answer kept in the delivery log. */
        @WithDefault("1024")
        int responseExcerptBytes();

        /** The dispatcher runs in this instance (off in tests that drive one message by hand). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Failure {
        /** Failing this long without a success disables the endpoint (Svix: 5 days). */
        @WithDefault("P5D")
        Duration disableAfter();

        /** An endpoint.failing warning when the failure streak reaches each of these ages. */
        @WithDefault("1h,24h,72h")
        List<Duration> warnAfter();
    }

    interface Secrets {
        /** After a rotation the previous secret keeps signing (both signatures sent) this long. */
        @WithDefault("P1D")
        Duration rotationOverlap();
    }

    interface Destinations {
        /** Only https URLs may be registered (on in the prod profile). */
        @WithDefault("false")
        boolean httpsOnly();

        /**
         * CIDR blocks that are allowed although private, loopback or otherwise internal (local development and
         * tests only). Empty in production.
         */
        Optional<List<String>> allowCidrs();
    }

    interface Retention {
        /** Event payloads, messages and attempts are kept this long (Svix: 90 days). */
        @WithDefault("P90D")
        Duration payloads();

        /** How often expired events are deleted (read by the scheduler as {@code webhook.retention.interval}). */
        @WithDefault("1h")
        Duration interval();
    }

    interface Metrics {
        /** How often the queue gauges are read from the database ({@code webhook.metrics.refresh-interval}). */
        @WithDefault("5s")
        Duration refreshInterval();
    }
}
