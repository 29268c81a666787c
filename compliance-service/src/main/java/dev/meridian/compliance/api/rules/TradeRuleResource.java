package dev.meridian.compliance.api.rules;

import dev.meridian.compliance.api.ApiDocs;
import dev.meridian.compliance.api.Caller;
import dev.meridian.compliance.api.rules.TradeRuleRequests.DeMinimisRequest;
import dev.meridian.compliance.api.rules.TradeRuleRequests.DutyRuleRequest;
import dev.meridian.compliance.api.rules.TradeRuleRequests.FxRateRequest;
import dev.meridian.compliance.api.rules.TradeRuleRequests.LowValueRegimeRequest;
import dev.meridian.compliance.domain.tax.DutyDeMinimis;
import dev.meridian.compliance.domain.tax.DutyRule;
import dev.meridian.compliance.domain.tax.FxRate;
import dev.meridian.compliance.domain.tax.LowValueRegime;
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
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dated trade rules the quote engine reads besides tax rates: duty rates, duty de minimis, low-value import
 * regimes and FX reference rates. Versioned like tax rules (ADR 012), through {@link RuleAdministration}.
 */
@Path("/v1/admin")
@Tag(name = "Rules (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TradeRuleResource {

    static final String VERSIONING = " A change is a new version of the same id with a later validFrom "
            + "(optionally naming supersedesVersion, which must still be the newest); the previous version keeps applying "
            + "before it. 409 when the version is stale, takes effect on or before the version it supersedes, or overlaps "
            + "another rule about the same thing. A retry with the same Idempotency-Key never adds a second version.";

    private final RuleAdministration administration;
    private final RuleBook rules;
    private final Idempotency idempotency;
    private final Caller caller;

    public TradeRuleResource(RuleAdministration administration, RuleBook rules, Idempotency idempotency, Caller caller) {
        this.administration = administration;
        this.rules = rules;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    // --- duty rates ---

    @GET
    @Path("/duty-rules")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Duty rates, every version", description = "Ad-valorem duty rates by destination (EU or a "
            + "country) and HS prefix, every version with its validity; optionally for one destination.")
    public List<DutyRule> dutyRules(@QueryParam("destination") String destination) {
        return rules.rules().dutyRules().stream()
                .filter(r -> destination == null || r.destination().equals(destination)).toList();
    }

    @POST
    @Path("/duty-rules")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Add a duty rate version", description = "Duty rate for goods entering a destination whose HS "
            + "code starts with hsPrefix ('' is the destination's default; the longest prefix wins)." + VERSIONING)
    public Uni<Response> addDutyRule(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                             description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                     @Valid @NotNull DutyRuleRequest body) {
        return once(key, "/v1/admin/duty-rules", body, () -> administration.add(body.toCommand(), caller.actor()));
    }

    // --- duty de minimis ---

    @GET
    @Path("/duty-de-minimis")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Duty de minimis thresholds, every version", description = "Consignment values up to which a "
            + "destination charges no duty, or a suspended de minimis, every version with its validity.")
    public List<DutyDeMinimis> deMinimis(@QueryParam("destination") String destination) {
        return rules.rules().deMinimis().stream()
                .filter(r -> destination == null || r.destination().equals(destination)).toList();
    }

    @POST
    @Path("/duty-de-minimis")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Add a duty de minimis version", description = "Threshold in its own currency; suspended = true "
            + "means every consignment pays duty (the US from 2025-08-29)." + VERSIONING)
    public Uni<Response> addDeMinimis(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                              description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                      @Valid @NotNull DeMinimisRequest body) {
        return once(key, "/v1/admin/duty-de-minimis", body, () -> administration.add(body.toCommand(), caller.actor()));
    }

    // --- low-value import regimes ---

    @GET
    @Path("/low-value-regimes")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Low-value import regimes, every version", description = "Schemes under which the seller "
            + "collects the destination's VAT/GST at checkout and no duty is due (EU IOSS, UK, AU, NZ, NO VOEC, SG), "
            + "every version with its threshold and validity.")
    public List<LowValueRegime> lowValueRegimes(@QueryParam("destination") String destination) {
        return rules.rules().lowValueRegimes().stream()
                .filter(r -> destination == null || r.destination().equals(destination)).toList();
    }

    @POST
    @Path("/low-value-regimes")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Add a low-value import regime version", description = "Consignments of intrinsic value up to "
            + "the threshold (in its own currency) are taxed at checkout under code; above it aboveCode applies: import "
            + "tax and duty at the border." + VERSIONING)
    public Uni<Response> addLowValueRegime(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                                   description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                           @Valid @NotNull LowValueRegimeRequest body) {
        return once(key, "/v1/admin/low-value-regimes", body, () -> administration.add(body.toCommand(), caller.actor()));
    }

    // --- FX reference rates ---

    @GET
    @Path("/fx-rates")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "FX reference rates, every version", description = "Units of a currency per 1 EUR used to "
            + "compare consignment values with thresholds in another currency, every version with its validity.")
    public List<FxRate> fxRates(@QueryParam("currency") String currency) {
        return rules.rules().fxRates().stream().filter(r -> currency == null || r.currency().equals(currency)).toList();
    }

    @POST
    @Path("/fx-rates")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Add an FX reference rate version", description = "1 EUR = perEur units of currency from "
            + "validFrom; EUR itself is the base and cannot be given." + VERSIONING)
    public Uni<Response> addFxRate(@Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER, required = true,
                                           description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
                                   @Valid @NotNull FxRateRequest body) {
        return once(key, "/v1/admin/fx-rates", body, () -> administration.add(body.toCommand(), caller.actor()));
    }

    /** Once per Idempotency-Key: 201 with the new version; then this instance's rules catch up with the commit. */
    private Uni<Response> once(String key, String path, Object body, Supplier<Uni<?>> add) {
        return idempotency.execute(idempotency.request(key, "POST", path, body),
                        () -> add.get().map(rule -> Response.status(201).entity(rule).build()))
                .call(administration::refresh);
    }
}
