package dev.meridian.compliance.domain.restriction;

import java.time.Instant;
import java.util.UUID;

/**
 * Every known product evaluated again after a restriction-rule or protected-term change, in the background.
 * {@code cursor} is the last product id done (products are visited in id order), {@code changed} counts the
 * products whose verdict changed (and were re-published).
 */
public record ReevaluationJob(UUID id, String reason, String requestedBy, Instant requestedAt, Status status,
                              Integer total, int processed, int changed, String cursor, Instant startedAt,
                              Instant finishedAt) {

    public enum Status { QUEUED, RUNNING, COMPLETED }

    public static ReevaluationJob queued(String reason, String requestedBy, Instant at) {
        return new ReevaluationJob(UUID.randomUUID(), reason, requestedBy, at, Status.QUEUED, null, 0, 0, null, null, null);
    }

    /** Share of the products known when the job started that are done, 0..100. */
    public int percent() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        return total == null || total == 0 ? 0 : (int) Math.min(99, 100L * processed / total);
    }
}
