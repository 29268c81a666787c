package dev.meridian.compliance.domain.screening;

/** A protected term found in one localized field of a product. */
public record TermMatch(String term, String field, String locale) {
}
