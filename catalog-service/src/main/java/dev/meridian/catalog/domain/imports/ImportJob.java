package dev.meridian.catalog.domain.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * An import job: queued, running, then completed (possibly with line errors), or failed when the job itself could
 * not be run after every attempt ({@code failureReason} says why; it also holds the last failed attempt's reason
 * while the job waits for its next one). {@code doneLines} is the cursor over the file's data lines; {@code attempts}
 * counts how often a worker claimed it.
 */
public record ImportJob(UUID id, String format, String status, int totalLines, int doneLines, int applied,
                        int unchanged, int failed, int attempts, Instant createdAt, Instant startedAt,
                        Instant finishedAt, String failureReason) {

    /** A job just submitted: nothing done yet. */
    public static ImportJob queued(UUID id, ImportFile.Format format, int totalLines, Instant now) {
        return new ImportJob(id, format.name(), "queued", totalLines, 0, 0, 0, 0, 0, now, null, null, null);
    }

    public int percentDone() {
        return totalLines == 0 ? 100 : (int) (doneLines * 100L / totalLines);
    }
}
