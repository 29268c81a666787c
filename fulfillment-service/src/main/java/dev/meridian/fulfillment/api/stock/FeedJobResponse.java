package dev.meridian.fulfillment.api.stock;

import dev.meridian.fulfillment.domain.stock.FeedJob;
import java.time.Instant;
import java.util.UUID;

/**
 * Progress of a feed: {@code skippedStale} lines were older than the stored level and left it unchanged. A FAILED
 * feed names the line it could not apply ({@code failedLine}, 1-based) and why ({@code error}).
 */
public record FeedJobResponse(UUID id, String status, int total, int processed, int applied, int skippedStale,
                              Integer failedLine, String error, Instant createdAt, Instant finishedAt) {

    public static FeedJobResponse of(FeedJob j) {
        return new FeedJobResponse(j.id(), j.status().name(), j.total(), j.processed(), j.applied(),
                j.skippedStale(), j.failedLine(), j.error(), j.createdAt(), j.finishedAt());
    }
}
