package dev.meridian.platform.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

/** An admin path (for CORS) with a role-protected read. */
@Path("/v1/admin/probe")
public class AdminProbeResource {

    @GET
    @RolesAllowed("merchant-admin")
    public Map<String, String> read() {
        return Map.of("ok", "true");
    }
}
