package dev.meridian.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rate limits per client (issue 9, item 12). A policy names path prefixes, optionally methods, and how many
 * requests one client may make per period (a token bucket: the full amount may come as a burst, then it refills
 * steadily). A client is the token's subject, or the caller's address when there is no valid token. The
 * platform ships policies for the storefront, quotes, inbound webhooks and admin APIs; a service may add or change
 * them in its application.properties.
 */
@ConfigMapping(prefix = "meridian.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    Map<String, Policy> policies();

    /** Clients remembered at once; the least recently seen are forgotten first (a forgotten client starts full). */
    @WithDefault("100000")
    int maxClients();

    interface Policy {

        List<String> pathPrefixes();

        /** Upper-case HTTP methods this policy counts; all when absent. */
        Optional<List<String>> methods();

        /** Requests per {@link #period()} per client. */
        long limit();

        @WithDefault("1S")
        Duration period();
    }
}
