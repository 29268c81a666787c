package dev.meridian.fulfillment.api.stock;

import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/stock/feeds")
@Tag(name = "Stock", description = "SKUs, stock locations, stock levels, adjustments and ERP feeds")
@RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN})
public class StockFeedResource {

    public static final String NDJSON = "application/x-ndjson";

    private final StockFeedService feeds;
    private final StockFeedWorker worker;

    public StockFeedResource(StockFeedService feeds, StockFeedWorker worker) {
        this.feeds = feeds;
        this.worker = worker;
    }

    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an NDJSON stock feed; applied asynchronously, poll the Location for progress",
            description = "Each line carries sku, location, onHand and a sequence (or asOf); a line older than the stored level is skipped. A malformed line refuses the whole feed with 400.")
    public Uni<Response> submit(String body) {
        return feeds.submit(body).invoke(worker::kick).map(job -> Response.accepted(FeedJobResponse.of(job))
                .location(URI.create("/v1/admin/stock/feeds/" + job.id)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Progress of a stock feed job",
            description = "Status, lines processed, applied and skipped as stale.")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<FeedJobResponse> get(@PathParam("id") UUID id) {
        return feeds.get(id).map(FeedJobResponse::of);
    }
}
