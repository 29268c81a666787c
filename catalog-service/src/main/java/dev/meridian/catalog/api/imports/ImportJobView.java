package dev.meridian.catalog.api.imports;

import dev.meridian.catalog.domain.imports.ImportJob;
import dev.meridian.catalog.domain.imports.ImportLineError;
import dev.meridian.catalog.service.imports.ImportJobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An import job as GET /v1/admin/imports/{id} shows it: status (queued, running, completed, or failed with
 * {@code failureReason} when the job itself could not be run), progress over the data lines, outcome counters, and
 * the first page of line errors ({@code errorsNext} names the line to page on from).
 */
public record ImportJobView(UUID id, String status, String format, Progress progress, int applied, int unchanged,
                            int failed, Instant createdAt, Instant startedAt, Instant finishedAt,
                            List<LineError> errors, Integer errorsNext, String failureReason) {

    public record Progress(int done, int total, int percent) {
    }

    public record LineError(int line, String reason) {
    }

    public static ImportJobView of(ImportJobStatus status) {
        ImportJob job = status.job();
        return new ImportJobView(job.id(), job.status(), job.format().toLowerCase(Locale.ROOT),
                new Progress(job.doneLines(), job.totalLines(), job.percentDone()), job.applied(), job.unchanged(),
                job.failed(), job.createdAt(), job.startedAt(), job.finishedAt(),
                status.errors().stream().map(ImportJobView::error).toList(), status.errorsNext(), job.failureReason());
    }

    /** A job just submitted. */
    public static ImportJobView of(ImportJob job) {
        return of(new ImportJobStatus(job, List.of(), null));
    }

    private static LineError error(ImportLineError e) {
        return new LineError(e.line(), e.reason());
    }
}
