package dev.meridian.fulfillment.api.stock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.service.stock.StockFeedService;
import dev.meridian.fulfillment.service.stock.StockFeedWorker;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/stock/feeds")
@Tag(name = "Stock", description = "SKUs, stock locations, stock levels, adjustments and ERP feeds")
public class StockFeedResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final String PATH = "/v1/admin/stock/feeds";

    private final StockFeedService feeds;
    private final StockFeedWorker worker;
    private final Idempotency idempotency;
    private final FeedParser parser;

    public StockFeedResource(StockFeedService feeds, StockFeedWorker worker, Idempotency idempotency,
                             ObjectMapper mapper) {
        this.feeds = feeds;
        this.worker = worker;
        this.idempotency = idempotency;
        this.parser = new FeedParser(mapper);
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN})
    @POST
    @Consumes(NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an NDJSON stock feed; applied asynchronously, poll the Location for progress",
            description = "Each line carries sku, location, onHand, and asOf (when the ERP counted) and/or a sequence; a line older than the stored level is skipped. Movements booked here after asOf (shrinkage, dispatches, restocks) are applied on top of the count instead of being undone; a line without asOf counts as of the submission. A malformed line refuses the whole feed with 400. Requires an Idempotency-Key: a retry with the same key and feed answers with the same job (one job, the feed applied once); the same key with another feed answers 422.")
    public Uni<Response> submit(
            @Parameter(description = "Unique per feed, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            String body) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", PATH, body);
        FeedParser.Result parsed = parser.parse(body);
        if (!parsed.violations().isEmpty()) {
            throw ProblemException.invalid(parsed.violations());
        }
        return idempotency.execute(key, () -> feeds.submit(parsed.lines()).map(job -> Response.accepted(
                        FeedJobResponse.of(job)).location(URI.create(PATH + "/" + job.id())).build()))
                .invoke(worker::kick);
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN})
    @GET
    @Path("/{id}")
    @Operation(summary = "Progress of a stock feed job",
            description = "Status, lines processed, applied and skipped as stale.")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<FeedJobResponse> get(@PathParam("id") UUID id) {
        return feeds.get(id).map(FeedJobResponse::of);
    }
}
