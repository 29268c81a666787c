package dev.meridian.catalog.api;

import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Change feed for integrators: products ordered by (updatedAt, id) with a cursor naming the last one seen, so a
 * consumer resumes after downtime without gaps or repeats. Rows younger than the settle window are held back:
 * a transaction that started earlier may still commit a smaller updatedAt.
 */
@Path("/v1/admin/products")
@Tag(name = "Products (admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
public class ChangeFeedResource {

    public record Change(UUID id, String sku, String status, long version, OffsetDateTime updatedAt) {
    }

    public record Page(List<Change> items, String next) {
    }

    private final Pool pool;
    private final Duration settle;

    public ChangeFeedResource(Pool pool, @ConfigProperty(name = "catalog.change-feed.settle", defaultValue = "2s") Duration settle) {
        this.pool = pool;
        this.settle = settle;
    }

    @GET
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
        OffsetDateTime horizon = OffsetDateTime.now(ZoneOffset.UTC).minus(settle);
        return pool.preparedQuery("""
                        select id, sku, status, version, updated_at from product
                        where (updated_at > $1 or (updated_at = $1 and id > $2)) and updated_at <= $3
                        order by updated_at, id limit $4""")
                .execute(Tuple.of(after, afterId, horizon, size + 1)).map(rows -> {
                    List<Change> items = new ArrayList<>();
                    for (Row r : rows) {
                        items.add(new Change(r.getUUID(0), r.getString(1), r.getString(2), r.getLong(3),
                                r.getOffsetDateTime(4)));
                    }
                    String next = null;
                    if (items.size() > size) {
                        items.remove(size);
                    }
                    if (!items.isEmpty()) {
                        Change last = items.get(items.size() - 1);
                        next = Base64.getUrlEncoder().withoutPadding().encodeToString(
                                (last.updatedAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
                    }
                    return new Page(items, next);
                });
    }
}
