package dev.meridian.catalog.api;

import dev.meridian.catalog.persistence.ImportJobStore.Job;
import dev.meridian.catalog.persistence.ImportJobStore.LineError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as GET /v1/admin/imports/{id} shows it: status (queued, running, completed), progress over the data
 * lines, outcome counters, and the first page of line errors ({@code errorsNext} names the line to page on from).
 */
public record ImportJobView(UUID id, String status, String format, Progress progress, int applied, int unchanged,
                            int failed, Instant createdAt, Instant startedAt, Instant finishedAt,
                            List<LineError> errors, Integer errorsNext) {

    public record Progress(int done, int total, int percent) {
    }

    public static ImportJobView of(Job job, List<LineError> errors, int pageSize) {
        int percent = job.totalLines() == 0 ? 100 : (int) (job.doneLines() * 100L / job.totalLines());
        Integer next = errors.size() == pageSize ? errors.getLast().line() : null;
        return new ImportJobView(job.id(), job.status(), job.format().toLowerCase(java.util.Locale.ROOT),
                new Progress(job.doneLines(), job.totalLines(), percent), job.applied(), job.unchanged(), job.failed(),
                job.createdAt(), job.startedAt(), job.finishedAt(), errors, next);
    }
}
