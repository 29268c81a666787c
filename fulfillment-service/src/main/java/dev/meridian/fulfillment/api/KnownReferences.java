package dev.meridian.fulfillment.api;

import dev.meridian.fulfillment.persistence.LocationEntity;
import dev.meridian.fulfillment.persistence.SkuEntity;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Refuses unknown SKUs and locations with a 400 naming each offending field, before anything changes. */
@ApplicationScoped
public class KnownReferences {

    /** @param skusByField field path (e.g. {@code lines[2].sku}) to SKU, in request order */
    public Uni<Void> requireSkus(List<String[]> skusByField) {
        Set<String> wanted = new HashSet<>();
        skusByField.forEach(f -> wanted.add(f[1]));
        return SkuEntity.<SkuEntity>list("sku in ?1", wanted).map(found -> {
            Set<String> known = new HashSet<>();
            found.forEach(s -> known.add(s.sku));
            List<Problem.Violation> violations = new ArrayList<>();
            skusByField.stream().filter(f -> !known.contains(f[1]))
                    .forEach(f -> violations.add(new Problem.Violation(f[0], "unknown SKU '" + f[1] + "'")));
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
            return null;
        });
    }

    public Uni<Void> requireSku(String field, String sku) {
        return requireSkus(List.<String[]>of(new String[] {field, sku}));
    }

    public Uni<LocationEntity> requireLocation(String field, String code) {
        return LocationEntity.<LocationEntity>findById(code).map(l -> {
            if (l == null) {
                throw ProblemException.invalid(field, "unknown location '" + code + "'");
            }
            return l;
        });
    }
}
