package dev.meridian.compliance.api.restriction;

import dev.meridian.compliance.api.ApiDocs;
import dev.meridian.compliance.api.Caller;
import dev.meridian.compliance.domain.restriction.RestrictionKind;
import dev.meridian.compliance.domain.restriction.RestrictionRule;
import dev.meridian.compliance.service.restriction.AddRestrictionRuleCommand;
import dev.meridian.compliance.service.restriction.MarketStatusService;
import dev.meridian.compliance.service.restriction.ReevaluationWorker;
import dev.meridian.compliance.service.restriction.Reevaluations;
import dev.meridian.compliance.service.restriction.RestrictionAdministration;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restriction rules, protected terms and term reviews; each change re-evaluates and re-publishes affected products. */
@Path("/v1/admin")
@Tag(name = "Market restrictions (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RestrictionAdminResource {

    public record RestrictionRuleRequest(@NotBlank @Pattern(regexp = "[a-z0-9-]{3,80}") String id,
                                         @NotBlank String category, @NotBlank String market,
                                         @NotNull RestrictionKind kind, String subject, String note) {
    }

    public record ProtectedTermRequest(@NotBlank @Size(max = 200) String term) {
    }

    public record ReviewRequest(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    /** The rule as stored and the re-evaluation of every known product it queued. */
    public record RestrictionRuleAdded(String id, int version, String category, String market, RestrictionKind kind,
                                       String subject, String note, ReevaluationView reevaluation) {

        static RestrictionRuleAdded of(RestrictionAdministration.RuleAdded added) {
            RestrictionRule r = added.rule();
            return new RestrictionRuleAdded(r.id(), r.version(), r.category(), r.market(), r.kind(), r.subject(), r.note(),
                    ReevaluationView.of(added.reevaluation()));
        }
    }

    /** The term as stored (invisible characters removed, NFC) and the re-evaluation it queued. */
    public record ProtectedTermAdded(String term, ReevaluationView reevaluation) {
    }

    private final RestrictionAdministration administration;
    private final MarketStatusService statuses;
    private final Reevaluations reevaluations;
    private final ReevaluationWorker worker;
    private final Idempotency idempotency;
    private final Caller caller;

    public RestrictionAdminResource(RestrictionAdministration administration, MarketStatusService statuses,
                                    Reevaluations reevaluations, ReevaluationWorker worker, Idempotency idempotency,
                                    Caller caller) {
        this.administration = administration;
        this.statuses = statuses;
        this.reevaluations = reevaluations;
        this.worker = worker;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Path("/restriction-rules")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Restriction rules", description = "The newest version of every rule of the form \"category "
            + "into market requires certification\", \"is forbidden\" or a dangerous-goods flag.")
    public Uni<List<RestrictionRule>> rules() {
        return administration.rules();
    }

    @POST
    @Path("/restriction-rules")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Add a restriction rule", description = "Audited; answers at once with a queued background "
            + "re-evaluation of every known product (follow reevaluation.href), which publishes a market-status event for "
            + "each product whose verdict changes. The same id again adds its next version; a retry with the same "
            + "Idempotency-Key adds nothing.")
    public Uni<Response> addRule(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                         description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                 @Valid @NotNull RestrictionRuleRequest body) {
        AddRestrictionRuleCommand command = new AddRestrictionRuleCommand(body.id(), body.category(), body.market(),
                body.kind(), body.subject(), body.note());
        return idempotency.execute(idempotency.request(key, "POST", "/v1/admin/restriction-rules", body),
                        () -> administration.addRule(command, caller.actor())
                                .map(added -> Response.status(201).entity(RestrictionRuleAdded.of(added)).build()))
                .invoke(worker::kick);
    }

    @GET
    @Path("/protected-terms")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Protected terms", description = "The merchant-maintained trademarks and protected terms "
            + "product text is screened for (case-, accent- and word-boundary-aware).")
    public Uni<List<String>> terms() {
        return administration.terms();
    }

    @POST
    @Path("/protected-terms")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Add a protected term", description = "Stored without invisible characters, in NFC, with at "
            + "least 2 letters or digits; 409 when it is protected already. Audited; answers at once with a queued "
            + "background re-evaluation (follow reevaluation.href) that puts products whose text contains it in "
            + "needs-review for their markets until a compliance officer decides. A retry with the same "
            + "Idempotency-Key adds nothing.")
    public Uni<Response> addTerm(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                         description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                 @Valid @NotNull ProtectedTermRequest body) {
        return idempotency.execute(idempotency.request(key, "POST", "/v1/admin/protected-terms", body),
                        () -> administration.addTerm(body.term(), caller.actor())
                                .map(added -> Response.status(201).entity(new ProtectedTermAdded(added.term(),
                                        ReevaluationView.of(added.reevaluation()))).build()))
                .invoke(worker::kick);
    }

    @GET
    @Path("/reevaluations/{id}")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Follow a re-evaluation", description = "Progress of the background re-evaluation a rule or "
            + "term change queued: QUEUED, RUNNING (processed of total, changed so far) or COMPLETED.")
    public Uni<ReevaluationView> reevaluation(@PathParam("id") UUID id) {
        return reevaluations.find(id).map(ReevaluationView::of);
    }

    @POST
    @Path("/products/{productId}/review")
    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @Operation(summary = "Decide a protected-term review", description = "A compliance officer approves or rejects a "
            + "product in needs-review; the decision is audited and the new market status published. A retry with the "
            + "same Idempotency-Key records no second decision.")
    public Uni<Response> review(@PathParam("productId") String productId,
                                @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                        description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                @Valid @NotNull ReviewRequest body) {
        return idempotency.execute(idempotency.request(key, "POST", "/v1/admin/products/" + productId + "/review", body),
                () -> statuses.decideReview(productId, body.approved(), caller.actor(), body.comment())
                        .map(decided -> Response.ok(decided).build()));
    }
}
