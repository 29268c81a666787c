package dev.meridian.fulfillment.domain.stock;

import java.time.Instant;
import java.util.UUID;

/**
 * Progress of one ERP stock feed, applied in the background chunk by chunk. {@code skippedStale} lines were older
 * than the stored level and left it unchanged. A chunk that fails is retried; after the last attempt the job is
 * FAILED with the failing line ({@code failedLine}, 1-based as in the feed) and why, so later feeds still run.
 */
public record FeedJob(UUID id, FeedJobStatus status, int total, int processed, int applied, int skippedStale,
                      int attempts, Integer failedLine, String error, Instant createdAt, Instant finishedAt) {

    public static FeedJob submitted(int total, Instant now) {
        return new FeedJob(UUID.randomUUID(), FeedJobStatus.PENDING, total, 0, 0, 0, 0, null, null, now, null);
    }

    public boolean isFinished() {
        return status == FeedJobStatus.DONE || status == FeedJobStatus.FAILED;
    }

    /** The next chunk went through: {@code applied} lines changed a level, {@code stale} were older than it. */
    public FeedJob chunkDone(int lines, int applied, int stale, Instant now) {
        int nextProcessed = processed + lines;
        boolean done = nextProcessed >= total;
        return new FeedJob(id, done ? FeedJobStatus.DONE : FeedJobStatus.RUNNING, total, nextProcessed,
                this.applied + applied, skippedStale + stale, 0, null, null, createdAt, done ? now : finishedAt);
    }

    /**
     * The chunk starting at {@link #processed()} failed at feed line {@code line}: nothing of it was applied. The job
     * stays unfinished for another attempt, and fails for good on the {@code maxAttempts}-th.
     */
    public FeedJob chunkFailed(int line, String reason, int maxAttempts, Instant now) {
        int nextAttempts = attempts + 1;
        boolean failed = nextAttempts >= maxAttempts;
        String error = "line " + line + ": " + reason + (failed ? " (gave up after " + nextAttempts + " attempts; "
                + processed + " lines before the failing chunk were applied)" : " (attempt " + nextAttempts + ")");
        return new FeedJob(id, failed ? FeedJobStatus.FAILED : status, total, processed, applied, skippedStale,
                nextAttempts, line, error, createdAt, failed ? now : finishedAt);
    }
}
