package dev.meridian.catalog.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The settings production runs with where tests usually change them: demo data off, the storefront cache on. */
public class ProductionSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("catalog.demo-data.enabled", "false", "catalog.storefront.cache-ttl", "1h");
    }
}
