package dev.meridian.compliance.api.restriction;

import dev.meridian.compliance.domain.restriction.ReevaluationJob;
import java.time.Instant;
import java.util.UUID;

/** Progress of a background re-evaluation; {@code href} is where to follow it. */
public record ReevaluationView(UUID id, String href, String reason, ReevaluationJob.Status status, Integer total,
                               int processed, int changed, int percent, Instant requestedAt, Instant startedAt,
                               Instant finishedAt) {

    static ReevaluationView of(ReevaluationJob job) {
        return new ReevaluationView(job.id(), "/v1/admin/reevaluations/" + job.id(), job.reason(), job.status(),
                job.total(), job.processed(), job.changed(), job.percent(), job.requestedAt(), job.startedAt(),
                job.finishedAt());
    }
}
