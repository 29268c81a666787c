package dev.meridian.compliance.domain.restriction;

/**
 * REQUIRES_CERTIFICATION blocks a product in a market until it carries the certification (CE, UKCA, FCC);
 * FORBIDDEN blocks it outright; DANGEROUS_GOODS never blocks but flags a transport restriction
 * (lithium batteries: no air freight).
 */
public enum RestrictionKind {
    REQUIRES_CERTIFICATION,
    FORBIDDEN,
    DANGEROUS_GOODS
}
