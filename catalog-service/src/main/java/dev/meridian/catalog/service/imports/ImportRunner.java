package dev.meridian.catalog.service.imports;

import dev.meridian.catalog.domain.imports.ClaimedJob;
import dev.meridian.catalog.domain.imports.ImportFile;
import dev.meridian.catalog.domain.imports.LostClaim;
import dev.meridian.catalog.persistence.ImportJobRepository;
import dev.meridian.catalog.service.product.PriceService;
import dev.meridian.catalog.service.product.ProductService;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.platform.money.CurrencyMismatchException;
import dev.meridian.platform.money.InvalidMoneyException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Works through an import job line by line. Each line is applied in its own transaction together with the job's
 * cursor and counters: a valid line commits whole (rows, outbox events, progress), an invalid one rolls back and
 * commits only its error row and the cursor. Products and prices go through the same services as the admin API,
 * upserting by SKU, so an unchanged line writes nothing and records no event.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final Map<String, String> CONSTRAINTS = Map.of(
            "variant_sku_pkey", "a variant SKU of this product already belongs to another product",
            "product_sku_unique", "a product with this SKU already exists",
            "product_handle_unique", "a handle of this product is already used in its locale");

    private final ImportJobRepository jobs;
    private final ImportLineReader reader;
    private final ProductService products;
    private final PriceService prices;
    private final Clock clock;

    public ImportRunner(ImportJobRepository jobs, ImportLineReader reader, ProductService products, PriceService prices,
                        Clock clock) {
        this.jobs = jobs;
        this.reader = reader;
        this.products = products;
        this.prices = prices;
        this.clock = clock;
    }

    /** Processes the job from its committed cursor to the end and marks it completed; fails if the job cannot run. */
    public Uni<Void> run(ClaimedJob job) {
        return Uni.createFrom().item(() -> ImportFile.parse(ImportFile.Format.valueOf(job.format()), job.payload()))
                .chain(file -> {
                    LOG.infof("import %s: %d of %d lines done, continuing", job.id(), job.doneLines(), file.lines().size());
                    return Multi.createFrom().range(job.doneLines(), file.lines().size())
                            .onItem().transformToUniAndConcatenate(index -> line(job.id(), file, index))
                            .collect().last();
                })
                .chain(() -> jobs.complete(job.id(), clock.instant()))
                .invoke(() -> LOG.infof("import %s completed", job.id()))
                .replaceWithVoid();
    }

    private Uni<Void> line(UUID job, ImportFile file, int index) {
        ImportFile.Line line = file.lines().get(index);
        ImportLine parsed;
        try {
            parsed = reader.read(file, line);
        } catch (ImportLine.Rejected rejected) {
            return reject(job, index, line, rejected.getMessage());
        } catch (RuntimeException unexpected) {
            // Whatever a line does to the reader, it is that line's error: the job goes on with the next line.
            return reject(job, index, line, reason(unexpected));
        }
        return Panache.withTransaction(() -> apply(parsed)
                        .call(changed -> jobs.advance(job, index + 1, changed ? 1 : 0, changed ? 0 : 1, 0)))
                .replaceWithVoid()
                .onFailure(failure -> !lostClaim(failure))
                .recoverWithUni(failure -> reject(job, index, line, reason(failure)));
    }

    private Uni<Boolean> apply(ImportLine line) {
        return switch (line) {
            case ImportLine.ProductLine p -> products.upsert(p.product());
            case ImportLine.PriceLine p -> prices.upsertPrice(p.price());
        };
    }

    private Uni<Void> reject(UUID job, int index, ImportFile.Line line, String reason) {
        return Panache.withTransaction(() -> jobs.recordError(job, line.number(), reason)
                .chain(() -> jobs.advance(job, index + 1, 0, 0, 1)));
    }

    private static boolean lostClaim(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LostClaim) {
                return true;
            }
        }
        return false;
    }

    /** The reason a line failed, in the words the admin API would use for the same request. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            switch (t) {
                case ImportLine.Rejected r -> {
                    return r.getMessage();
                }
                case RuleViolation v -> {
                    return v.field() + ": " + v.getMessage();
                }
                case NotFound n -> {
                    return n.getMessage();
                }
                case StateConflict c -> {
                    return c.getMessage();
                }
                case InvalidMoneyException m -> {
                    return m.field() + ": " + m.getMessage();
                }
                case CurrencyMismatchException m -> {
                    return "currency: " + m.getMessage();
                }
                case PgException pg when "23505".equals(pg.getSqlState()) -> {
                    return CONSTRAINTS.getOrDefault(pg.getConstraint(), "duplicate value (" + pg.getConstraint() + ")");
                }
                default -> {
                }
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "import line failed unexpectedly (errorId %s)", errorId);
        return "unexpected error, errorId " + errorId;
    }
}
