package dev.meridian.catalog.domain.imports;

/** A line of an import file that was not applied, with its physical line number and the reason. */
public record ImportLineError(int line, String reason) {
}
