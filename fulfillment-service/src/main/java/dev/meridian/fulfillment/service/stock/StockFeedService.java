package dev.meridian.fulfillment.service.stock;

import dev.meridian.fulfillment.config.FulfillmentConfig;
import dev.meridian.fulfillment.domain.stock.FeedJob;
import dev.meridian.fulfillment.domain.stock.StockFeedLine;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.FeedJobRepository;
import dev.meridian.fulfillment.persistence.LocationRepository;
import dev.meridian.fulfillment.persistence.SkuRepository;
import dev.meridian.fulfillment.persistence.StockRepository;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The ERP stock feed: validated in full up front (one bad line → 400, nothing stored), then applied in the
 * background in chunks, one transaction per chunk, with progress a client can poll.
 */
@ApplicationScoped
public class StockFeedService {

    public static final int MAX_LINES = 100_000;
    private static final int CHUNK = 200;
    private static final int MAX_REPORTED = 50;
    private static final Logger LOG = Logger.getLogger(StockFeedService.class);

    private final FeedJobRepository jobs;
    private final SkuRepository skus;
    private final LocationRepository locations;
    private final StockRepository stock;
    private final StockEvents events;
    private final Clock clock;
    private final int maxAttempts;

    public StockFeedService(FeedJobRepository jobs, SkuRepository skus, LocationRepository locations,
                            StockRepository stock, StockEvents events, Clock clock, FulfillmentConfig config) {
        this.maxAttempts = config.feeds().maxAttempts();
        this.jobs = jobs;
        this.skus = skus;
        this.locations = locations;
        this.stock = stock;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the feed for the worker, in the caller's transaction when there is one; nothing is applied yet. */
    public Uni<FeedJob> submit(List<StockFeedLine> lines) {
        RuleViolation.require(lines.size() <= MAX_LINES, "body", "at most " + MAX_LINES + " lines per feed; split it");
        return Panache.withTransaction(() -> requireKnown(lines).chain(() -> {
            FeedJob job = FeedJob.submitted(lines.size(), clock.instant());
            return jobs.insert(job, lines).replaceWith(job);
        }));
    }

    public Uni<FeedJob> get(UUID id) {
        return Panache.withSession(() -> jobs.find(id)
                .map(found -> found.orElseThrow(() -> new NotFound("stock feed", id))));
    }

    /**
     * Applies the next chunk of the oldest unfinished feed; false when there is nothing left to do now. A chunk
     * that fails rolls back as a whole and counts as an attempt (recorded in a transaction of its own); after the
     * last attempt its feed is FAILED naming the line, and the feeds after it go ahead.
     */
    public Uni<Boolean> processNextChunk() {
        return Panache.withTransaction(() -> jobs.lockNextUnfinished().chain(next -> next.isEmpty()
                        ? Uni.createFrom().item(false)
                        : applyChunk(next.get()).replaceWith(true)))
                .onFailure(ChunkFailed.class).recoverWithUni(failure -> recordFailure((ChunkFailed) failure));
    }

    private Uni<Void> applyChunk(FeedJob job) {
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        return jobs.lines(job.id(), job.processed(), job.processed() + CHUNK).chain(chunk -> {
            List<Numbered> numbered = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                numbered.add(new Numbered(job.processed() + i + 1, chunk.get(i)));
            }
            // Stock rows are locked in one global order (StockKey); versions make the result independent of it.
            numbered.sort(Comparator.comparing(n -> n.line().key()));
            return Multi.createFrom().iterable(numbered).onItem().transformToUniAndConcatenate(n -> apply(job, n.line())
                            .invoke(changed -> (changed ? applied : stale).incrementAndGet())
                            .onFailure().transform(e -> new ChunkFailed(job.id(), n, e)))
                    .collect().asList()
                    .chain(() -> jobs.update(job.chunkDone(chunk.size(), applied.get(), stale.get(), clock.instant())));
        });
    }

    /**
     * The count plus what moved here after it was taken (a line without asOf counts as of the feed's submission).
     *
     * @return whether the line changed the level (false: the stored level reflects a newer count)
     */
    private Uni<Boolean> apply(FeedJob job, StockFeedLine line) {
        Instant countedAt = line.countedAt() != null ? line.countedAt() : job.createdAt();
        return stock.applyFeed(line.key(), line.onHand(), line.version(), countedAt)
                .call(changed -> changed ? events.changed(line.key(), "feed") : Uni.createFrom().voidItem());
    }

    /** @return whether to go on now: yes when the job has failed for good (the next feed may run) */
    private Uni<Boolean> recordFailure(ChunkFailed failure) {
        LOG.warnf(failure.getCause(), "stock feed %s: line %d failed", failure.jobId, failure.numbered.number());
        return Panache.withTransaction(() -> jobs.lock(failure.jobId).chain(found -> {
            if (found.isEmpty() || found.get().isFinished()) {
                return Uni.createFrom().item(true);
            }
            FeedJob next = found.get().chunkFailed(failure.numbered.number(), failure.reason(), maxAttempts,
                    clock.instant());
            return jobs.update(next).replaceWith(next.isFinished());
        }));
    }

    /** A feed line with its 1-based number in the feed, as the ERP's file shows it. */
    private record Numbered(int number, StockFeedLine line) {
    }

    /** A chunk stopped at one line; its transaction rolls back, the attempt is recorded afterwards. */
    private static final class ChunkFailed extends RuntimeException {

        private final UUID jobId;
        private final Numbered numbered;

        ChunkFailed(UUID jobId, Numbered numbered, Throwable cause) {
            super(cause);
            this.jobId = jobId;
            this.numbered = numbered;
        }

        String reason() {
            Throwable root = getCause();
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return "sku " + numbered.line().sku() + " at " + numbered.line().location() + " could not be applied: "
                    + root.getMessage();
        }
    }

    private Uni<Void> requireKnown(List<StockFeedLine> lines) {
        Set<String> skuCodes = new HashSet<>();
        Set<String> locationCodes = new HashSet<>();
        lines.forEach(l -> {
            skuCodes.add(l.sku());
            locationCodes.add(l.location());
        });
        return skus.known(skuCodes).chain(knownSkus -> locations.known(locationCodes).map(knownLocations -> {
            List<Problem.Violation> violations = new ArrayList<>();
            for (int i = 0; i < lines.size() && violations.size() < MAX_REPORTED; i++) {
                StockFeedLine line = lines.get(i);
                if (!knownSkus.contains(line.sku())) {
                    violations.add(new Problem.Violation("lines[" + (i + 1) + "].sku",
                            "unknown SKU '" + line.sku() + "'"));
                }
                if (!knownLocations.contains(line.location())) {
                    violations.add(new Problem.Violation("lines[" + (i + 1) + "].location",
                            "unknown location '" + line.location() + "'"));
                }
            }
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
            return null;
        }));
    }
}
