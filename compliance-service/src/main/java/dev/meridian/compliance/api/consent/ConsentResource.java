package dev.meridian.compliance.api.consent;

import dev.meridian.compliance.api.ApiDocs;
import dev.meridian.compliance.api.Caller;
import dev.meridian.compliance.domain.consent.ConsentPurpose;
import dev.meridian.compliance.domain.consent.ConsentRecord;
import dev.meridian.compliance.domain.consent.ConsentState;
import dev.meridian.compliance.service.consent.ConsentService;
import dev.meridian.compliance.service.consent.RecordConsentCommand;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consent ledger. The storefront records grants and withdrawals (append-only) and reads the current
 * state. A customer may only touch their own subject id.
 */
@Path("/v1/consents/{subjectId}")
@Tag(name = "Consent")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    public record RecordConsentRequest(@NotNull ConsentPurpose purpose, @NotNull Boolean granted,
                                       @NotBlank @Size(max = 40) String policyVersion,
                                       @NotBlank @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?|EU") String jurisdiction,
                                       @NotBlank @Size(max = 60) String source) {
    }

    public record ConsentStateView(String subjectId, List<ConsentState.Current> current, List<ConsentRecord> ledger) {
    }

    private final ConsentService consents;
    private final Idempotency idempotency;
    private final Caller caller;

    public ConsentResource(ConsentService consents, Idempotency idempotency, Caller caller) {
        this.consents = consents;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.INTEGRATION, Roles.MERCHANT_ADMIN, Roles.COMPLIANCE_OFFICER})
    @Operation(summary = "Record a consent decision", description = "Appends a grant or withdrawal for one purpose "
            + "to the subject's ledger (never updated in place) with policy version, jurisdiction and source; answers "
            + "the entry as stored, with its ledger seq. A customer may only record their own. A retry with the same "
            + "Idempotency-Key appends nothing more.")
    public Uni<Response> record(@PathParam("subjectId") String subjectId,
                                @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                        description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                @Valid @NotNull RecordConsentRequest body) {
        requireOwnSubject(subjectId);
        RecordConsentCommand command = new RecordConsentCommand(subjectId, body.purpose(), body.granted(),
                body.policyVersion(), body.jurisdiction(), body.source());
        return idempotency.execute(idempotency.request(key, "POST", "/v1/consents/" + subjectId, body),
                () -> consents.record(command).map(stored -> Response.status(201).entity(stored).build()));
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.INTEGRATION, Roles.MERCHANT_ADMIN, Roles.COMPLIANCE_OFFICER})
    @Operation(summary = "Current consent state of a subject", description = "The latest decision per purpose, "
            + "folded from the append-only ledger. A customer may only read their own.")
    public Uni<ConsentStateView> current(@PathParam("subjectId") String subjectId) {
        requireOwnSubject(subjectId);
        return consents.ledger(subjectId)
                .map(ledger -> new ConsentStateView(subjectId, ConsentState.summary(ledger), ledger));
    }

    /** A customer asking about someone else learns nothing, not even that the subject exists. */
    private void requireOwnSubject(String subjectId) {
        boolean onlyCustomer = caller.hasRole(Roles.CUSTOMER) && !caller.hasRole(Roles.INTEGRATION) && !caller.staff();
        if (onlyCustomer && !caller.tokenSubject().equals(subjectId)) {
            throw new NotFound("data subject", subjectId);
        }
    }
}
