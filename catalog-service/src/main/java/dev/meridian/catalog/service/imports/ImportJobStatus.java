package dev.meridian.catalog.service.imports;

import dev.meridian.catalog.domain.imports.ImportJob;
import dev.meridian.catalog.domain.imports.ImportLineError;
import java.util.List;

/** A job with one page of its line errors; {@code errorsNext} is the line to page on from (null: no more). */
public record ImportJobStatus(ImportJob job, List<ImportLineError> errors, Integer errorsNext) {
}
