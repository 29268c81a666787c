package dev.meridian.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Storefront reads: the micro-cache and the public address links are built on. */
@ConfigMapping(prefix = "catalog.storefront")
public interface StorefrontConfig {

    /** How long a storefront read is reused (well inside the max-age=60 clients may cache); 0 turns the cache off. */
    @WithDefault("5s")
    Duration cacheTtl();

    /** The shop's public origin: sitemap URLs are absolute. */
    @WithDefault("https://shop.example.com")
    String baseUrl();
}
