package dev.meridian.platform.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

/** A path under the storefront rate-limit policy (/v1/markets). */
@Path("/v1/markets/probe")
@PermitAll
public class StorefrontProbeResource {

    @GET
    public Map<String, String> read() {
        return Map.of("market", "probe");
    }
}
