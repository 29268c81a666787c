package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.stock.FeedJob;
import dev.meridian.fulfillment.domain.stock.FeedJobStatus;
import dev.meridian.fulfillment.domain.stock.StockFeedLine;
import java.time.Instant;
import java.util.List;

public final class FeedJobMapper {

    private FeedJobMapper() {
    }

    public static FeedJob toDomain(FeedJobEntity e) {
        return new FeedJob(e.id, FeedJobStatus.valueOf(e.status), e.total, e.processed, e.applied, e.skippedStale,
                e.attempts, e.failedLine, e.error, e.createdAt, e.finishedAt);
    }

    /** Progress only: the lines of a job never change after it was submitted. */
    public static FeedJobEntity toEntity(FeedJob job, FeedJobEntity e) {
        e.id = job.id();
        e.status = job.status().name();
        e.total = job.total();
        e.processed = job.processed();
        e.applied = job.applied();
        e.skippedStale = job.skippedStale();
        e.attempts = job.attempts();
        e.failedLine = job.failedLine();
        e.error = job.error();
        e.createdAt = job.createdAt();
        e.finishedAt = job.finishedAt();
        return e;
    }

    public static JsonColumns.FeedLines lines(List<StockFeedLine> lines) {
        return new JsonColumns.FeedLines(lines.stream()
                .map(l -> new JsonColumns.FeedLine(l.sku(), l.location(), l.onHand(), l.version(),
                        l.countedAt() == null ? null : l.countedAt().toEpochMilli())).toList());
    }

    public static List<StockFeedLine> lines(JsonColumns.FeedLines lines) {
        return lines.items().stream()
                .map(l -> new StockFeedLine(l.sku(), l.location(), l.onHand(), l.version(),
                        l.countedAtMillis() == null ? null : Instant.ofEpochMilli(l.countedAtMillis()))).toList();
    }
}
