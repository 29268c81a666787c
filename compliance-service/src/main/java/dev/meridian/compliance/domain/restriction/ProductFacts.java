package dev.meridian.compliance.domain.restriction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What compliance knows about a catalog product: enough to evaluate restrictions and screen its text. */
public record ProductFacts(String productId, String sku, Set<String> categories, Set<String> certifications,
                           Set<String> dangerousGoods, Map<String, String> title, Map<String, String> description,
                           List<String> markets) {

    public ProductFacts {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        certifications = certifications == null ? Set.of() : Set.copyOf(certifications);
        dangerousGoods = dangerousGoods == null ? Set.of() : Set.copyOf(dangerousGoods);
        title = title == null ? Map.of() : Map.copyOf(title);
        description = description == null ? Map.of() : Map.copyOf(description);
        markets = markets == null ? List.of() : List.copyOf(markets);
    }

    public Map<String, Map<String, String>> texts() {
        return Map.of("title", title, "description", description);
    }
}
