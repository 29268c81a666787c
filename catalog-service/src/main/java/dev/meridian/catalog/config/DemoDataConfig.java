package dev.meridian.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo data endpoint (POST /v1/admin/demo-data). */
@ConfigMapping(prefix = "catalog.demo-data")
public interface DemoDataConfig {

    /**
     * Off unless asked for (on in the dev, test and demo profiles): in production it would add demo markets, FX rates
     * and products to a real catalog. Off, the endpoint answers 404.
     */
    @WithDefault("false")
    boolean enabled();
}
