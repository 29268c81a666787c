package dev.meridian.compliance.domain.restriction;

import java.util.Set;

/**
 * A compliance officer's decision on the protected terms found in a product. It covers exactly the terms it
 * names: a later text change that brings a new term needs a new review.
 */
public record ReviewDecision(Set<String> terms, boolean approved, String decidedBy, String comment) {

    public ReviewDecision {
        terms = Set.copyOf(terms);
    }

    public boolean covers(Set<String> found) {
        return terms.containsAll(found);
    }
}
