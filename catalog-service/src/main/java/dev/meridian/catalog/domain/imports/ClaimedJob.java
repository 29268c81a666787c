package dev.meridian.catalog.domain.imports;

import java.util.UUID;

/** A job a worker has claimed, with its file, the cursor to continue from and how often it was claimed so far. */
public record ClaimedJob(UUID id, String format, String payload, int doneLines, int attempts) {
}
