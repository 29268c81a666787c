package dev.meridian.compliance.api.audit;

import dev.meridian.compliance.domain.audit.AuditChain;
import dev.meridian.compliance.domain.audit.AuditEntry;
import dev.meridian.compliance.service.audit.AuditService;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/audit")
@Tag(name = "Audit log")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Query the audit log by subject, actor and time ([from, to))", description = "Entries in chain "
            + "order with actor, action, subject, before and after, and their hashes; filters are optional and combine.")
    public Uni<List<AuditEntry>> find(@QueryParam("subject") String subject, @QueryParam("actor") String actor,
                                      @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return audit.find(subject, actor, from, to, limit);
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Recompute the hash chain", description = "valid=false names the first entry that was altered, "
            + "removed or inserted.")
    public Uni<AuditChain.Verification> verify() {
        return audit.verify();
    }
}
