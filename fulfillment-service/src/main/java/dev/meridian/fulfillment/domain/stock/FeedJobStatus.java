package dev.meridian.fulfillment.domain.stock;

/** PENDING until the first chunk runs, RUNNING while chunks remain; DONE and FAILED are final. */
public enum FeedJobStatus {
    PENDING, RUNNING, DONE, FAILED
}
