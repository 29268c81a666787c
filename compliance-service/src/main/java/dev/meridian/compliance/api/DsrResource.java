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
import dev.meridian.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

    public record OpenBody(@NotBlank String subjectId, @NotNull DsrKind kind, @NotNull Regulation regulation) {
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
    public Uni<Response> open(@Valid @NotNull OpenBody body) {
        String actor = identity.getPrincipal().getName();
        return Panache.withTransaction(() -> dsr.open(body.subjectId(), body.kind(), body.regulation(), actor))
                .map(r -> Response.created(URI.create("/v1/dsr/" + r.id())).entity(view(r)).build());
    }

    @GET
    @Path("/{id}")
    public Uni<View> get(@PathParam("id") UUID id) {
        return load(id).map(this::view);
    }

    @GET
    @Path("/{id}/export")
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

    private Uni<DataSubjectRequest> load(UUID id) {
        return Panache.withSession(() -> store.find(id))
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("data-subject request", id)));
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
