package dev.meridian.compliance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.DsrStatus;
import dev.meridian.compliance.domain.dsr.Regulation;
import dev.meridian.compliance.persistence.DsrStore;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data-subject requests: open (fans out over Kafka), follow (deadline, overdue, acknowledgements), export. */
@Path("/v1/dsr")
@Tag(name = "Data-subject requests")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
public class DsrResource {

    /** {@code subjectId} may be left out by a customer: it is always the token's subject for them. */
    public record OpenBody(@Size(min = 1, max = 200) String subjectId, @NotNull DsrKind kind, @NotNull Regulation regulation) {
    }

    public record View(UUID id, String subjectId, DsrKind kind, Regulation regulation, Instant receivedAt,
                       Instant deadline, DsrStatus status, boolean overdue, Instant completedAt,
                       Set<String> expectedServices, Set<String> pendingServices, List<Ack> acknowledgements) {
    }

    public record Ack(String service, String outcome, Instant at) {
    }

    private final DsrService dsr;
    private final DsrStore store;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final ObjectMapper json;

    public DsrResource(DsrService dsr, DsrStore store, SecurityIdentity identity, Clock clock, ObjectMapper json) {
        this.dsr = dsr;
        this.store = store;
        this.identity = identity;
        this.clock = clock;
        this.json = json;
    }

    @POST
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "Open a data-subject request", description = "Records an ACCESS or ERASURE request and fans it "
            + "out to every service over Kafka. Staff name the subjectId; a customer may only file for themselves: "
            + "subjectId is their token's subject (sub), may be left out, and any other value is a 403.")
    public Uni<Response> open(@Valid @NotNull OpenBody body) {
        String actor = identity.getPrincipal().getName();
        String subjectId;
        if (staff()) {
            if (body.subjectId() == null || body.subjectId().isBlank()) {
                throw ProblemException.invalid("subjectId", "must not be blank");
            }
            subjectId = body.subjectId();
        } else {
            subjectId = tokenSubject();
            if (body.subjectId() != null && !body.subjectId().equals(subjectId)) {
                throw ProblemException.of(ProblemType.FORBIDDEN, "a customer may only file requests about themselves");
            }
        }
        return Panache.withTransaction(() -> dsr.open(subjectId, body.kind(), body.regulation(), actor))
                .map(r -> Response.created(URI.create("/v1/dsr/" + r.id())).entity(view(r)).build());
    }

    @GET
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "List data-subject requests of one subject", description = "Newest first, at most 100. Staff "
            + "pass subjectId; a customer always gets their own requests, and naming another subject is a 403.")
    public Uni<List<View>> list(@QueryParam("subjectId") String subjectId) {
        String subject;
        if (staff()) {
            if (subjectId == null || subjectId.isBlank()) {
                throw ProblemException.invalid("subjectId", "must not be blank");
            }
            subject = subjectId;
        } else {
            subject = tokenSubject();
            if (subjectId != null && !subjectId.equals(subject)) {
                throw ProblemException.of(ProblemType.FORBIDDEN, "a customer may only read their own requests");
            }
        }
        return Panache.withSession(() -> store.findBySubject(subject, 100)).map(all -> all.stream().map(this::view).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "Follow a data-subject request", description = "Deadline, overdue status (from the current "
            + "time), the services still to answer and every acknowledgement. A customer sees only their own requests; "
            + "anyone else's is a 404.")
    public Uni<View> get(@PathParam("id") UUID id) {
        return load(id).map(this::view);
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN, Roles.CUSTOMER})
    @Operation(summary = "Export bundle of a completed access request", description = "One JSON document with each "
            + "service's answer; 409 until every expected service has answered or for an ERASURE request. A customer "
            + "gets only their own; anyone else's is a 404.")
    public Uni<JsonNode> export(@PathParam("id") UUID id) {
        return load(id).map(r -> {
            if (r.kind() != DsrKind.ACCESS) {
                throw ProblemException.conflict("only ACCESS requests have an export bundle");
            }
            if (r.status() != DsrStatus.COMPLETED) {
                throw ProblemException.conflict("still waiting for " + r.pendingServices());
            }
            ObjectNode bundle = json.createObjectNode();
            bundle.put("requestId", r.id().toString()).put("subjectId", r.subjectId())
                    .put("regulation", r.regulation().name()).put("completedAt", r.completedAt().toString());
            ObjectNode services = bundle.putObject("services");
            r.acks().forEach(a -> services.set(a.service(), parse(a.dataJson())));
            return bundle;
        });
    }

    /** A customer asking for someone else's request learns nothing, not even that it exists. */
    private Uni<DataSubjectRequest> load(UUID id) {
        String owner = staff() ? null : tokenSubject();
        return Panache.withSession(() -> store.find(id))
                .map(found -> found.filter(r -> owner == null || owner.equals(r.subjectId()))
                        .orElseThrow(() -> ProblemException.notFound("data-subject request", id)));
    }

    private boolean staff() {
        return identity.hasRole(Roles.COMPLIANCE_OFFICER) || identity.hasRole(Roles.MERCHANT_ADMIN);
    }

    /** The customer's subject id is the token's {@code sub}; an identity without one may not act as a customer. */
    private String tokenSubject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null && !jwt.getSubject().isBlank()) {
            return jwt.getSubject();
        }
        throw ProblemException.of(ProblemType.FORBIDDEN, "the token names no subject");
    }

    private View view(DataSubjectRequest r) {
        return new View(r.id(), r.subjectId(), r.kind(), r.regulation(), r.receivedAt(), r.deadline(), r.status(),
                r.isOverdue(clock.instant()), r.completedAt(), r.expectedServices(), r.pendingServices(),
                r.acks().stream().map(a -> new Ack(a.service(), a.outcome(), a.at())).toList());
    }

    private JsonNode parse(String data) {
        try {
            return data == null ? json.nullNode() : json.readTree(data);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(data);
        }
    }
}
