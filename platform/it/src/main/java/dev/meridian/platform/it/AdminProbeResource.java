package dev.meridian.platform.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** An admin path (for CORS and the per-route body limit) and a role-protected read. */
@Path("/v1/admin/probe")
public class AdminProbeResource {

    @GET
    @RolesAllowed("merchant-admin")
    public Map<String, String> read() {
        return Map.of("ok", "true");
    }

    /** The one route with a 2 MB body limit (meridian.http.body-limits); every other takes 1 MB. */
    @POST
    @Path("/uploads")
    @PermitAll
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Integer> upload(@jakarta.validation.constraints.NotNull String body) {
        return Map.of("bytes", body.length());
    }
}
