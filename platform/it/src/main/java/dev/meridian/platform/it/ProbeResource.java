package dev.meridian.platform.it;

import dev.meridian.platform.money.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Public probes: echo what arrived, so a test sees exactly what the platform let through. */
@Path("/v1/probe")
@PermitAll
public class ProbeResource {

    public record Item(String sku, Integer quantity, Money price, List<String> tags, Map<String, String> title) {
    }

    @GET
    @Path("/echo/{text}")
    public Map<String, String> echo(@PathParam("text") String text, @QueryParam("q") String q) {
        return q == null ? Map.of("text", text) : Map.of("text", text, "q", q);
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@jakarta.validation.constraints.NotNull Item item) {
        return Response.status(201).entity(item).build();
    }

    /** The one route with a 2 MB body limit (meridian.http.body-limits); every other takes 1 MB. */
    @POST
    @Path("/uploads")
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Integer> upload(@jakarta.validation.constraints.NotNull String body) {
        return Map.of("bytes", body.length());
    }
}
