package dev.meridian.fulfillment.api.stock;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.domain.stock.StockFeedLine;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.FeedJobEntity;
import dev.meridian.fulfillment.persistence.Json;
import dev.meridian.fulfillment.persistence.LocationEntity;
import dev.meridian.fulfillment.persistence.SkuEntity;
import dev.meridian.fulfillment.persistence.StockStore;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ERP stock feed: validated in full up front (one bad line → 400, nothing stored), then applied in the
 * background in chunks, one transaction per chunk, with progress a client can poll.
 */
@ApplicationScoped
public class StockFeedService {

    static final int MAX_LINES = 100_000;
    private static final int CHUNK = 200;

    private final FeedParser parser;
    private final StockStore stock;
    private final StockEvents events;
    private final Clock clock;

    public StockFeedService(ObjectMapper mapper, StockStore stock, StockEvents events, Clock clock) {
        this.parser = new FeedParser(mapper);
        this.stock = stock;
        this.events = events;
        this.clock = clock;
    }

    public Uni<FeedJobEntity> submit(String body) {
        FeedParser.Result parsed = parser.parse(body);
        if (!parsed.violations().isEmpty()) {
            throw ProblemException.invalid(parsed.violations());
        }
        if (parsed.lines().size() > MAX_LINES) {
            throw ProblemException.invalid("body", "at most " + MAX_LINES + " lines per feed; split it");
        }
        return Panache.withTransaction(() -> requireKnown(parsed.lines()).chain(() -> {
            FeedJobEntity job = new FeedJobEntity();
            job.id = UUID.randomUUID();
            job.status = "PENDING";
            job.total = parsed.lines().size();
            job.lines = new Json.FeedLines(parsed.lines().stream()
                    .map(l -> new Json.FeedLine(l.sku(), l.location(), l.onHand(), l.version())).toList());
            job.createdAt = clock.instant();
            return job.persist().replaceWith(job);
        }));
    }

    public Uni<FeedJobEntity> get(UUID id) {
        return Panache.withSession(() -> FeedJobEntity.<FeedJobEntity>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("stock feed", id)));
    }

    /** Applies the next chunk of the oldest unfinished feed; false when there is nothing left to do. */
    public Uni<Boolean> processNextChunk() {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        select id from stock_feed_job where status in ('PENDING', 'RUNNING')
                        order by created_at limit 1 for update skip locked""", UUID.class).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(false)
                        : FeedJobEntity.<FeedJobEntity>findById(ids.getFirst()).chain(this::applyChunk)
                        .replaceWith(true)));
    }

    private Uni<Void> applyChunk(FeedJobEntity job) {
        List<Json.FeedLine> chunk = job.lines.items().subList(job.processed,
                Math.min(job.processed + CHUNK, job.total));
        job.status = "RUNNING";
        return Multi.createFrom().iterable(chunk).onItem().transformToUniAndConcatenate(line -> {
                    var key = new StockFeedLine(line.sku(), line.location(), line.onHand(), line.version()).key();
                    return stock.applyFeed(key, line.onHand(), line.version()).call(applied -> {
                        if (applied) {
                            job.applied++;
                            return events.changed(key, "feed");
                        }
                        job.skippedStale++;
                        return Uni.createFrom().voidItem();
                    });
                }).collect().asList()
                .invoke(() -> {
                    job.processed += chunk.size();
                    if (job.processed >= job.total) {
                        job.status = "DONE";
                        job.finishedAt = clock.instant();
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<Void> requireKnown(List<StockFeedLine> lines) {
        Set<String> skus = new HashSet<>();
        Set<String> locations = new HashSet<>();
        lines.forEach(l -> {
            skus.add(l.sku());
            locations.add(l.location());
        });
        return SkuEntity.<SkuEntity>list("sku in ?1", skus).chain(knownSkus ->
                LocationEntity.<LocationEntity>list("code in ?1", locations).map(knownLocations -> {
                    Set<String> skuSet = new HashSet<>();
                    knownSkus.forEach(s -> skuSet.add(s.sku));
                    Set<String> locationSet = new HashSet<>();
                    knownLocations.forEach(l -> locationSet.add(l.code));
                    List<Problem.Violation> violations = new ArrayList<>();
                    for (int i = 0; i < lines.size() && violations.size() < 50; i++) {
                        StockFeedLine line = lines.get(i);
                        if (!skuSet.contains(line.sku())) {
                            violations.add(new Problem.Violation("lines[" + (i + 1) + "].sku",
                                    "unknown SKU '" + line.sku() + "'"));
                        }
                        if (!locationSet.contains(line.location())) {
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
