package dev.meridian.compliance.api;

import dev.meridian.compliance.domain.consent.ConsentPurpose;
import dev.meridian.compliance.domain.consent.ConsentRecord;
import dev.meridian.compliance.domain.consent.ConsentState;
import dev.meridian.compliance.persistence.ConsentRecordEntity;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consent ledger. The storefront records grants and withdrawals (append-only) and reads the current
 * state. A customer token may only touch its own subject id.
 */
@Path("/v1/consents/{subjectId}")
@Tag(name = "Consent")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.INTEGRATION, Roles.MERCHANT_ADMIN, Roles.COMPLIANCE_OFFICER})
public class ConsentResource {

    public record RecordBody(@NotNull ConsentPurpose purpose, @NotNull Boolean granted,
                             @NotBlank @Size(max = 40) String policyVersion,
                             @NotBlank @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?|EU") String jurisdiction,
                             @NotBlank @Size(max = 60) String source) {
    }

    public record Current(ConsentPurpose purpose, boolean granted, String policyVersion, Instant recordedAt) {
    }

    public record StateView(String subjectId, List<Current> current, List<ConsentRecord> ledger) {
    }

    private final SecurityIdentity identity;
    private final Clock clock;

    public ConsentResource(SecurityIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Record a consent decision", description = "Appends a grant or withdrawal for one purpose "
            + "to the subject's ledger (never updated in place) with policy version, jurisdiction and source. A customer "
            + "may only record their own.")
    public Uni<Response> record(@PathParam("subjectId") String subjectId, @Valid @NotNull RecordBody body) {
        requireOwnSubject(subjectId);
        if (body.purpose() == ConsentPurpose.NECESSARY && !body.granted()) {
            throw ProblemException.invalid("granted", "necessary processing is not based on consent and cannot be withdrawn");
        }
        ConsentRecordEntity e = new ConsentRecordEntity();
        e.id = UUID.randomUUID();
        e.subjectId = subjectId;
        e.purpose = body.purpose().name();
        e.granted = body.granted();
        e.policyVersion = body.policyVersion();
        e.jurisdiction = body.jurisdiction();
        e.source = body.source();
        e.recordedAt = clock.instant();
        return Panache.withTransaction(e::persist).replaceWith(Response.status(201).entity(toDomain(e)).build());
    }

    @GET
    @Operation(summary = "Current consent state of a subject", description = "The latest decision per purpose, "
            + "folded from the append-only ledger. A customer may only read their own.")
    public Uni<StateView> current(@PathParam("subjectId") String subjectId) {
        requireOwnSubject(subjectId);
        return Panache.withSession(() -> ConsentRecordEntity.<ConsentRecordEntity>list("subjectId = ?1 order by seq", subjectId))
                .map(rows -> {
                    List<ConsentRecord> ledger = rows.stream().map(ConsentResource::toDomain).toList();
                    Map<ConsentPurpose, Current> current = new TreeMap<>();
                    ConsentState.current(ledger).forEach((purpose, latest) -> current.put(purpose, new Current(purpose,
                            ConsentState.granted(purpose, latest), latest.map(ConsentRecord::policyVersion).orElse(null),
                            latest.map(ConsentRecord::recordedAt).orElse(null))));
                    return new StateView(subjectId, List.copyOf(current.values()), ledger);
                });
    }

    private void requireOwnSubject(String subjectId) {
        boolean onlyCustomer = identity.hasRole(Roles.CUSTOMER) && !identity.hasRole(Roles.INTEGRATION)
                && !identity.hasRole(Roles.MERCHANT_ADMIN) && !identity.hasRole(Roles.COMPLIANCE_OFFICER);
        if (onlyCustomer && !identity.getPrincipal().getName().equals(subjectId)) {
            throw ProblemException.notFound("data subject", subjectId);
        }
    }

    private static ConsentRecord toDomain(ConsentRecordEntity e) {
        return new ConsentRecord(e.id, e.seq == null ? 0 : e.seq, e.subjectId, ConsentPurpose.valueOf(e.purpose), e.granted,
                e.policyVersion, e.jurisdiction, e.source, e.recordedAt);
    }
}
