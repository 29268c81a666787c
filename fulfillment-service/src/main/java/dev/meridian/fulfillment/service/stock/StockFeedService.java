package dev.meridian.fulfillment.service.stock;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ERP stock feed: validated in full up front (one bad line → 400, nothing stored), then applied in the
 * background in chunks, one transaction per chunk, with progress a client can poll.
 */
@ApplicationScoped
public class StockFeedService {

    public static final int MAX_LINES = 100_000;
    private static final int CHUNK = 200;
    private static final int MAX_REPORTED = 50;

    private final FeedJobRepository jobs;
    private final SkuRepository skus;
    private final LocationRepository locations;
    private final StockRepository stock;
    private final StockEvents events;
    private final Clock clock;

    public StockFeedService(FeedJobRepository jobs, SkuRepository skus, LocationRepository locations,
                            StockRepository stock, StockEvents events, Clock clock) {
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

    /** Applies the next chunk of the oldest unfinished feed; false when there is nothing left to do. */
    public Uni<Boolean> processNextChunk() {
        return Panache.withTransaction(() -> jobs.lockNextUnfinished().chain(next -> next.isEmpty()
                ? Uni.createFrom().item(false)
                : applyChunk(next.get()).replaceWith(true)));
    }

    private Uni<Void> applyChunk(FeedJob job) {
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        // Stock rows are locked in one global order (StockKey); versions make the result independent of it.
        return jobs.lines(job.id(), job.processed(), job.processed() + CHUNK).chain(chunk -> Multi.createFrom()
                .iterable(chunk.stream().sorted(Comparator.comparing(StockFeedLine::key)).toList())
                .onItem().transformToUniAndConcatenate(line ->
                        stock.applyFeed(line.key(), line.onHand(), line.version()).call(changed -> {
                            if (changed) {
                                applied.incrementAndGet();
                                return events.changed(line.key(), "feed");
                            }
                            stale.incrementAndGet();
                            return Uni.createFrom().voidItem();
                        }))
                .collect().asList()
                .chain(() -> jobs.update(job.chunkDone(chunk.size(), applied.get(), stale.get(), clock.instant()))));
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
