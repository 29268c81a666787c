package dev.meridian.fulfillment.service;

import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.persistence.LocationRepository;
import dev.meridian.fulfillment.persistence.SkuRepository;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses unknown SKUs and locations with a 400 naming each offending field, before anything changes. Several
 * unknown SKUs are reported together (one violation per field), which the single-field {@link RuleViolation}
 * cannot express; hence the platform's multi-violation problem there.
 */
@ApplicationScoped
public class KnownReferences {

    private final SkuRepository skus;
    private final LocationRepository locations;

    public KnownReferences(SkuRepository skus, LocationRepository locations) {
        this.skus = skus;
        this.locations = locations;
    }

    /** @param skusByField field path (e.g. {@code lines[2].sku}) to SKU, in request order */
    public Uni<Void> requireSkus(Map<String, String> skusByField) {
        return skus.known(skusByField.values()).map(known -> {
            List<Problem.Violation> violations = new ArrayList<>();
            skusByField.forEach((field, sku) -> {
                if (!known.contains(sku)) {
                    violations.add(new Problem.Violation(field, "unknown SKU '" + sku + "'"));
                }
            });
            if (violations.size() == 1) {
                throw new RuleViolation(violations.getFirst().field(), violations.getFirst().message());
            }
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
            return null;
        });
    }

    public Uni<Void> requireSku(String field, String sku) {
        return requireSkus(Map.of(field, sku));
    }

    public Uni<StockLocation> requireLocation(String field, String code) {
        return locations.find(code).map(found -> found.orElseThrow(() ->
                new RuleViolation(field, "unknown location '" + code + "'")));
    }

    /** {@code lines[i].sku} for each SKU, in order (i from 0, as bean validation numbers list elements). */
    public static Map<String, String> skuFields(List<String> skus) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < skus.size(); i++) {
            fields.put("lines[" + i + "].sku", skus.get(i));
        }
        return fields;
    }
}
