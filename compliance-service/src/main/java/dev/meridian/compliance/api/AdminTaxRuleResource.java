package dev.meridian.compliance.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.compliance.domain.geo.Territories;
import dev.meridian.compliance.domain.tax.TaxRule;
import dev.meridian.compliance.domain.tax.Validity;
import dev.meridian.compliance.persistence.AuditLog;
import dev.meridian.compliance.persistence.TaxRuleWriter;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Maintains tax rules as dated data. A change is a new version (never an update), audited in the same
 * transaction; the in-memory rules are reloaded once it has committed.
 */
@Path("/v1/admin/tax-rules")
@Tag(name = "Rules (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
public class AdminTaxRuleResource {

    private final TaxRuleWriter writer;
    private final AuditLog audit;
    private final Rules rules;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public AdminTaxRuleResource(TaxRuleWriter writer, AuditLog audit, Rules rules, SecurityIdentity identity,
                                ObjectMapper json) {
        this.writer = writer;
        this.audit = audit;
        this.rules = rules;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Operation(summary = "Tax rules of a country, every version", description = "VAT/GST/sales-tax rates by country, "
            + "region and tax category, every version with its validity; all countries when none is given.")
    public List<TaxRule> list(@QueryParam("country") String country) {
        return rules.engine().rules().taxRules().stream()
                .filter(r -> country == null || r.country().equals(country)).toList();
    }

    @POST
    @Operation(summary = "Add a tax rule version", description = "Use the id of an existing rule with a later validFrom "
            + "to change its rate from that date; the previous version keeps applying before it.")
    public Uni<Response> add(@Valid @NotNull TaxRuleBody body) {
        if (!Territories.isCountry(body.country())) {
            throw ProblemException.invalid("country", "'" + body.country() + "' is not an ISO 3166-1 alpha-2 country code");
        }
        if (body.validTo() != null && !body.validTo().isAfter(body.validFrom())) {
            throw ProblemException.invalid("validTo", "must be after validFrom");
        }
        BigDecimal rate = new BigDecimal(body.ratePercent());
        if (rate.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalid("ratePercent", "must be at most 100");
        }
        String actor = identity.getPrincipal().getName();
        return Panache.withTransaction(() -> writer.nextVersion(body.id()).chain(version -> {
                    TaxRule rule = new TaxRule(body.id(), version, body.country(), blankToNull(body.region()),
                            body.category(), body.taxName(), rate, new Validity(body.validFrom(), body.validTo()),
                            Boolean.TRUE.equals(body.approximation()));
                    return writer.insert(rule)
                            .chain(() -> audit.append(actor, "tax-rule.version-added", "tax-rule:" + rule.id(), null, write(rule)))
                            .replaceWith(rule);
                }))
                .call(rules::reload)
                .map(rule -> Response.status(201).entity(rule).build());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
