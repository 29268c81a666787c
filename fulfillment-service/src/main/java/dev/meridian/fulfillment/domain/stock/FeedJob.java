package dev.meridian.fulfillment.domain.stock;

import java.time.Instant;
import java.util.UUID;

/**
 * Progress of one ERP stock feed, applied in the background chunk by chunk. {@code skippedStale} lines were older
 * than the stored level and left it unchanged.
 */
public record FeedJob(UUID id, FeedJobStatus status, int total, int processed, int applied, int skippedStale,
                      String error, Instant createdAt, Instant finishedAt) {

    public static FeedJob submitted(int total, Instant now) {
        return new FeedJob(UUID.randomUUID(), FeedJobStatus.PENDING, total, 0, 0, 0, null, now, null);
    }

    public boolean isFinished() {
        return status == FeedJobStatus.DONE || status == FeedJobStatus.FAILED;
    }

    /** The next chunk went through: {@code applied} lines changed a level, {@code stale} were older than it. */
    public FeedJob chunkDone(int lines, int applied, int stale, Instant now) {
        int nextProcessed = processed + lines;
        boolean done = nextProcessed >= total;
        return new FeedJob(id, done ? FeedJobStatus.DONE : FeedJobStatus.RUNNING, total, nextProcessed,
                this.applied + applied, skippedStale + stale, error, createdAt, done ? now : finishedAt);
    }
}
