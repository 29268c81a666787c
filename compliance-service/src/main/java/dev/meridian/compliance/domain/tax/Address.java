package dev.meridian.compliance.domain.tax;

/** Where goods ship from or to: ISO 3166-1 alpha-2 country, and the ISO 3166-2 subdivision suffix where tax depends on it. */
public record Address(String country, String region) {
}
