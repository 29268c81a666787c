package dev.meridian.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sitemaps per market. */
@ConfigMapping(prefix = "catalog.sitemap")
public interface SitemapConfig {

    /** URLs per sitemap (the protocol's limit); above it the market's sitemap is an index of pages. */
    @WithDefault("50000")
    int maxUrls();
}
