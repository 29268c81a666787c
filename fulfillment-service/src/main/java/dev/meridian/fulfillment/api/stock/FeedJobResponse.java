package dev.meridian.fulfillment.api.stock;

import dev.meridian.fulfillment.persistence.FeedJobEntity;
import java.time.Instant;
import java.util.UUID;

/** Progress of a feed: {@code skippedStale} lines were older than the stored level and left it unchanged. */
public record FeedJobResponse(UUID id, String status, int total, int processed, int applied, int skippedStale,
                              String error, Instant createdAt, Instant finishedAt) {

    public static FeedJobResponse of(FeedJobEntity e) {
        return new FeedJobResponse(e.id, e.status, e.total, e.processed, e.applied, e.skippedStale, e.error,
                e.createdAt, e.finishedAt);
    }
}
