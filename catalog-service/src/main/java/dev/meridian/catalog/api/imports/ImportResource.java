package dev.meridian.catalog.api.imports;

import dev.meridian.catalog.config.ImportConfig;
import dev.meridian.catalog.domain.imports.ImportFile;
import dev.meridian.catalog.service.imports.ImportService;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/imports")
@Tag(name = "Bulk import (admin)")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private final ImportService imports;
    private final Idempotency idempotency;
    private final ImportConfig config;

    public ImportResource(ImportService imports, Idempotency idempotency, ImportConfig config) {
        this.imports = imports;
        this.idempotency = idempotency;
        this.config = config;
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Consumes({NDJSON, CSV})
    @Operation(summary = "Import products and prices from NDJSON or CSV (asynchronous)", description = """
            Up to 100,000 lines. Answers 202 with the job's Location; each valid line is applied (upsert by SKU, \
            all-or-nothing per line), each invalid one is reported with its line number and reason. Re-importing \
            the same file changes nothing. Requires an Idempotency-Key: a retry with the same key and file answers \
            the same job and queues no second one.""")
    public Uni<Response> submit(
            @Parameter(description = "Unique per upload, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            String body) {
        if (contentType == null) {
            // Without a Content-Type the request still matches @Consumes; say what is expected instead of failing.
            throw dev.meridian.platform.problem.ProblemException.of(
                    dev.meridian.platform.problem.ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send the file as " + NDJSON + " or " + CSV);
        }
        ImportFile.Format format = CSV.equals(contentType.getType() + "/" + contentType.getSubtype())
                ? ImportFile.Format.CSV : ImportFile.Format.NDJSON;
        int total = checkedLineCount(format, body);
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/admin/imports",
                List.of(format.name(), body));
        return idempotency.execute(key, () -> imports.submit(format, body, total)
                        .map(job -> Response.accepted(ImportJobView.of(job))
                                .location(URI.create("/v1/admin/imports/" + job.id())).build()))
                .invoke(imports::submitted);
    }

    @GET
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Path("/{id}")
    @Operation(summary = "Status, progress and line errors of an import",
            description = "Status queued, running, completed (line errors do not fail a job) or failed with "
                    + "failureReason (the job itself could not be run after every attempt). Errors are ordered by "
                    + "line; pass errorsAfter=<errorsNext> for the next page.")
    public Uni<ImportJobView> get(@PathParam("id") UUID id, @QueryParam("errorsAfter") Integer errorsAfter) {
        return imports.status(id, errorsAfter).map(ImportJobView::of);
    }

    /** Everything that makes a file unusable as a whole is answered now, before anything is stored. */
    private int checkedLineCount(ImportFile.Format format, String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "the import file is empty");
        }
        if (body.length() > config.maxBytes() || body.getBytes(StandardCharsets.UTF_8).length > config.maxBytes()) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "an import file may have at most " + config.maxBytes() + " bytes; split it");
        }
        int lines = ImportFile.countLines(format, body);
        if (lines > config.maxLines()) {
            throw ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "an import file may have at most "
                    + config.maxLines() + " lines, this one has " + lines + "; split it");
        }
        if (format == ImportFile.Format.CSV) {
            ImportLineParser.requireUsableHeader(ImportFile.parse(format, body).header());
        }
        if (lines == 0) {
            throw ProblemException.invalid("body", "the import file has no data lines");
        }
        return lines;
    }
}
