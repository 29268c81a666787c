package dev.meridian.catalog.domain.imports;

import java.util.UUID;

/** A job a worker has claimed, with its file and the cursor to continue from. */
public record ClaimedJob(UUID id, String format, String payload, int doneLines) {
}
