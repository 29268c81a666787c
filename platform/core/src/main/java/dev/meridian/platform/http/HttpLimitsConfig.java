package dev.meridian.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a request may look like before any resource sees it (issue 9, items 9, 11, 16, 19). */
@ConfigMapping(prefix = "meridian.http")
public interface HttpLimitsConfig {

    /** Longest request target (path and query, as sent) answered with anything but 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** The body limit for every route without an override. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /**
     * Larger (or smaller) limits for path prefixes, e.g. {@code meridian.http.body-limits."/v1/admin/imports"=64M}.
     * The longest matching prefix wins. {@code quarkus.http.limits.max-body-size} must be at least the largest.
     */
    Map<String, MemorySize> bodyLimits();

    Cors cors();

    interface Cors {

        /**
         * Browser origins allowed to call the public and customer APIs (a storefront on its own origin), e.g.
         * {@code https://shop.example.com}. Empty: no cross-origin browser calls at all.
         */
        Optional<List<String>> origins();

        /** Origins allowed to call {@code /v1/admin/**} from a browser; empty (the default) means none. */
        Optional<List<String>> adminOrigins();

        @WithDefault("600")
        int maxAgeSeconds();
    }
}
