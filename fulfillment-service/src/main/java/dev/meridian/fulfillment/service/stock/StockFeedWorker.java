package dev.meridian.fulfillment.service.stock;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Works through pending feeds chunk by chunk; survives restarts because the progress is in the job row.
 * (A bean of its own: the resource's role check would otherwise apply to the scheduler, which has no identity.)
 */
@ApplicationScoped
public class StockFeedWorker {

    private static final Logger LOG = Logger.getLogger(StockFeedWorker.class);

    private final StockFeedService feeds;

    public StockFeedWorker(StockFeedService feeds) {
        this.feeds = feeds;
    }

    /** Starts working right after a submission instead of waiting for the next tick; the tick is the safety net. */
    public void kick() {
        drain().subscribe().with(ignored -> {
        }, failure -> LOG.warn("stock feed work failed", failure));
    }

    @Scheduled(every = "${fulfillment.feeds.poll-interval:1s}", delay = 1,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> work() {
        return drain();
    }

    private Uni<Void> drain() {
        return Multi.createBy().repeating().uni(feeds::processNextChunk).whilst(more -> more)
                .collect().last().replaceWithVoid();
    }
}
