package dev.meridian.catalog.api.changefeed;

import dev.meridian.catalog.domain.product.ProductChange;
import dev.meridian.catalog.service.changefeed.ChangeFeedService;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Change feed for integrators: products ordered by (updatedAt, id) with a cursor naming the last one seen, so a
 * consumer resumes after downtime without gaps or repeats.
 */
@Path("/v1/admin/products")
@Tag(name = "Products (admin)")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    public record Change(UUID id, String sku, String status, long version, OffsetDateTime updatedAt) {
    }

    public record Page(List<Change> items, String next) {
    }

    private final ChangeFeedService feed;

    public ChangeFeedResource(ChangeFeedService feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Products changed since a time, oldest first; follow `next` until it is null", description = "For ERP integrators catching up after downtime: a stable cursor over (updatedAt, id) that neither skips nor repeats a product. Roles catalog-editor, merchant-admin, integration.")
    public Uni<Page> changes(@QueryParam("updatedSince") OffsetDateTime since, @QueryParam("cursor") String cursor,
                             @QueryParam("limit") Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        OffsetDateTime after = since == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : since;
        UUID afterId = new UUID(0, 0);
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                after = OffsetDateTime.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "not a change-feed cursor");
            }
        } else if (since != null) {
            // updatedSince is inclusive: start just before it
            after = since.minusNanos(1000);
            afterId = new UUID(-1L, -1L);
        }
        return feed.after(after, afterId, size + 1).map(changes -> page(changes, size));
    }

    private static Page page(List<ProductChange> changes, int size) {
        List<Change> items = new ArrayList<>();
        for (ProductChange c : changes.subList(0, Math.min(size, changes.size()))) {
            items.add(new Change(c.id(), c.sku(), c.status(), c.version(), c.updatedAt()));
        }
        String next = null;
        if (!items.isEmpty()) {
            Change last = items.get(items.size() - 1);
            next = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (last.updatedAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
        }
        return new Page(items, next);
    }
}
