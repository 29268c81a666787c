package dev.meridian.compliance.api.dsr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.compliance.api.ApiDocs;
import dev.meridian.compliance.api.Caller;
import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.Regulation;
import dev.meridian.compliance.service.dsr.DsrService;
import dev.meridian.compliance.service.dsr.OpenDsrCommand;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data-subject requests: open (fans out over Kafka), follow (deadline, overdue, acknowledgements), export. */
@Path("/v1/dsr")
@Tag(name = "Data-subject requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DsrResource {

    /** {@code subjectId} may be left out by a customer: it is always the token's subject for them. */
    public record OpenDsrRequest(@Size(min = 1, max = 200) String subjectId, @NotNull DsrKind kind,
                                 @NotNull Regulation regulation) {
    }

    private final DsrService dsr;
    private final DsrViews views;
    private final Idempotency idempotency;
    private final Caller caller;

    public DsrResource(DsrService dsr, DsrViews views, Idempotency idempotency, Caller caller) {
        this.dsr = dsr;
        this.views = views;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "Open a data-subject request", description = "Records an ACCESS or ERASURE request and fans it "
            + "out to every service over Kafka. Staff name the subjectId; a customer may only file for themselves: "
            + "subjectId is their token's subject (sub), may be left out, and any other value is a 403. A retry with "
            + "the same Idempotency-Key answers the same request and opens no second one.")
    public Uni<Response> open(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                      description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                              @Valid @NotNull OpenDsrRequest body) {
        String subjectId;
        if (caller.staff()) {
            RuleViolation.require(body.subjectId() != null && !body.subjectId().isBlank(), "subjectId", "must not be blank");
            subjectId = body.subjectId();
        } else {
            subjectId = caller.tokenSubject();
            if (body.subjectId() != null && !body.subjectId().equals(subjectId)) {
                throw ProblemException.of(ProblemType.FORBIDDEN, "a customer may only file requests about themselves");
            }
        }
        OpenDsrCommand command = new OpenDsrCommand(subjectId, body.kind(), body.regulation());
        return idempotency.execute(idempotency.request(key, "POST", "/v1/dsr", body),
                () -> dsr.open(command, caller.actor()).map(r -> Response.created(URI.create("/v1/dsr/" + r.id()))
                        .entity(views.view(r)).build()));
    }

    @GET
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "List data-subject requests of one subject", description = "Newest first, at most 100. Staff "
            + "pass subjectId; a customer always gets their own requests, and naming another subject is a 403.")
    public Uni<List<DsrViews.View>> list(@QueryParam("subjectId") String subjectId) {
        String subject;
        if (caller.staff()) {
            RuleViolation.require(subjectId != null && !subjectId.isBlank(), "subjectId", "must not be blank");
            subject = subjectId;
        } else {
            subject = caller.tokenSubject();
            if (subjectId != null && !subjectId.equals(subject)) {
                throw ProblemException.of(ProblemType.FORBIDDEN, "a customer may only read their own requests");
            }
        }
        return dsr.ofSubject(subject).map(all -> all.stream().map(views::view).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "Follow a data-subject request", description = "Deadline, overdue status (from the current "
            + "time), the services still to answer and every acknowledgement. A customer sees only their own requests; "
            + "anyone else's is a 404.")
    public Uni<DsrViews.View> get(@PathParam("id") UUID id) {
        return dsr.find(id, owner()).map(views::view);
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "Export bundle of a completed access request", description = "One JSON document with each "
            + "service's answer; 409 until every expected service has answered or for an ERASURE request. A customer "
            + "gets only their own; anyone else's is a 404.")
    public Uni<JsonNode> export(@PathParam("id") UUID id) {
        return dsr.export(id, owner()).map(views::bundle);
    }

    /** Staff see every request; a customer only their own (anyone else's is not found). */
    private String owner() {
        return caller.staff() ? null : caller.tokenSubject();
    }
}
