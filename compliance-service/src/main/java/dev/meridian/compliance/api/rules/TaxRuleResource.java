package dev.meridian.compliance.api.rules;

import dev.meridian.compliance.api.ApiDocs;
import dev.meridian.compliance.api.Caller;
import dev.meridian.compliance.domain.tax.TaxRule;
import dev.meridian.compliance.service.rules.RuleAdministration;
import dev.meridian.compliance.service.rules.RuleBook;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tax rules as dated data, versioned like every other dated rule (ADR 012). */
@Path("/v1/admin/tax-rules")
@Tag(name = "Rules (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TaxRuleResource {

    private static final String PATH = "/v1/admin/tax-rules";

    private final RuleAdministration administration;
    private final RuleBook rules;
    private final Idempotency idempotency;
    private final Caller caller;

    public TaxRuleResource(RuleAdministration administration, RuleBook rules, Idempotency idempotency, Caller caller) {
        this.administration = administration;
        this.rules = rules;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Tax rules of a country, every version", description = "VAT/GST/sales-tax rates by country, "
            + "region and tax category, every version with its validity; all countries when none is given.")
    public List<TaxRule> list(@QueryParam("country") String country) {
        return rules.rules().taxRules().stream().filter(r -> country == null || r.country().equals(country)).toList();
    }

    @POST
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Add a tax rule version", description = "Use the id of an existing rule with a later validFrom "
            + "to change its rate from that date; the previous version keeps applying before it." + TradeRuleResource.VERSIONING)
    public Uni<Response> add(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                     description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                             @Valid @NotNull TaxRuleRequest body) {
        return idempotency.execute(idempotency.request(key, "POST", PATH, body),
                        () -> administration.add(body.toCommand(), caller.actor())
                                .map(rule -> Response.status(201).entity(rule).build()))
                .call(administration::refresh);
    }
}
