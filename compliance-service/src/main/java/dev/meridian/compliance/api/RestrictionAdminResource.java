package dev.meridian.compliance.api;

import dev.meridian.compliance.domain.restriction.MarketStatus;
import dev.meridian.compliance.domain.restriction.RestrictionKind;
import dev.meridian.compliance.domain.restriction.RestrictionRule;
import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.compliance.persistence.AuditLog;
import dev.meridian.compliance.persistence.RestrictionStore;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restriction rules, protected terms and term reviews; each change re-evaluates and re-publishes affected products. */
@Path("/v1/admin")
@Tag(name = "Market restrictions (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
public class RestrictionAdminResource {

    public record RuleBody(@NotBlank @Pattern(regexp = "[a-z0-9-]{3,80}") String id, @NotBlank String category,
                           @NotBlank String market, @NotNull RestrictionKind kind, String subject, String note) {
    }

    public record TermBody(@NotBlank @Size(max = 200) String term) {
    }

    public record ReviewBody(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    private final RestrictionStore store;
    private final MarketStatusService statuses;
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final Clock clock;

    public RestrictionAdminResource(RestrictionStore store, MarketStatusService statuses, AuditLog audit,
                                    SecurityIdentity identity, Clock clock) {
        this.store = store;
        this.statuses = statuses;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("/restriction-rules")
    @Operation(summary = "Restriction rules", description = "The newest version of every rule of the form \"category "
            + "into market requires certification\", \"is forbidden\" or a dangerous-goods flag.")
    public Uni<List<RestrictionRule>> rules() {
        return Panache.withSession(store::rules);
    }

    @POST
    @Path("/restriction-rules")
    @Operation(summary = "Add a restriction rule", description = "Audited; every known product is re-evaluated and "
            + "a market-status event is published for each product whose verdict changes.")
    public Uni<Response> addRule(@Valid @NotNull RuleBody body) {
        if (!Territories.EU.equals(body.market()) && !Territories.isCountry(body.market())) {
            throw ProblemException.invalid("market", "'" + body.market() + "' is neither EU nor an ISO country code");
        }
        RestrictionRule rule;
        try {
            rule = new RestrictionRule(body.id(), 1, body.category(), body.market(), body.kind(), body.subject(), body.note());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("subject", e.getMessage());
        }
        String actor = identity.getPrincipal().getName();
        return Panache.withTransaction(() -> store.addRule(rule)
                        .chain(() -> audit.append(actor, "restriction-rule.added", "restriction-rule:" + rule.id(), null,
                                store.write(rule)))
                        .chain(statuses::reevaluateAll))
                .replaceWith(Response.status(201).entity(rule).build());
    }

    @GET
    @Path("/protected-terms")
    @Operation(summary = "Protected terms", description = "The merchant-maintained trademarks and protected terms "
            + "product text is screened for (case-, accent- and word-boundary-aware).")
    public Uni<List<String>> terms() {
        return Panache.withSession(store::terms);
    }

    @POST
    @Path("/protected-terms")
    @Operation(summary = "Add a protected term", description = "Audited; products whose text contains it are put in "
            + "needs-review for their markets until a compliance officer decides.")
    public Uni<Response> addTerm(@Valid @NotNull TermBody body) {
        String actor = identity.getPrincipal().getName();
        String term = body.term().strip();
        return Panache.withTransaction(() -> store.addTerm(term, actor, clock.instant())
                        .chain(() -> audit.append(actor, "protected-term.added", "protected-term:" + term, null, null))
                        .chain(statuses::reevaluateAll))
                .replaceWith(Response.status(201).entity(body).build());
    }

    @POST
    @Path("/products/{productId}/review")
    @Operation(summary = "Decide a protected-term review", description = "A compliance officer approves or rejects a "
            + "product in needs-review; the decision is audited and the new market status published.")
    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    public Uni<List<MarketStatus>> review(@PathParam("productId") String productId, @Valid @NotNull ReviewBody body) {
        String actor = identity.getPrincipal().getName();
        return Panache.withTransaction(() -> statuses.decideReview(productId, body.approved(), actor, body.comment()));
    }
}
