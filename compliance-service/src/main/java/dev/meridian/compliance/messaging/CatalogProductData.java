package dev.meridian.compliance.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.compliance.domain.restriction.ProductFacts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of catalog's product.published/updated payload compliance needs. Unknown fields are ignored so
 * catalog can grow its payload; {@code markets} is read leniently (codes, or objects with a country/code).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProductData(String id, String sku, List<String> categoryIds, String taxCategory,
                                 List<String> certifications, List<String> dangerousGoods, Map<String, String> title,
                                 Map<String, String> description, JsonNode markets) {

    public ProductFacts toFacts() {
        Set<String> categories = new HashSet<>(categoryIds == null ? List.of() : categoryIds);
        if (taxCategory != null) {
            categories.add(taxCategory);
        }
        return new ProductFacts(id, sku, categories, certifications == null ? Set.of() : Set.copyOf(certifications),
                dangerousGoods == null ? Set.of() : Set.copyOf(dangerousGoods), title, description, marketCodes());
    }

    private List<String> marketCodes() {
        List<String> out = new ArrayList<>();
        if (markets == null || !markets.isArray()) {
            return out;
        }
        for (JsonNode m : markets) {
            String code = m.isTextual() ? m.asText() : first(m, "country", "code", "market", "id");
            if (code != null && !code.isBlank()) {
                out.add(code.length() == 2 ? code.toUpperCase(Locale.ROOT) : code);
            }
        }
        return out;
    }

    private static String first(JsonNode node, String... fields) {
        for (String f : fields) {
            if (node.hasNonNull(f)) {
                return node.get(f).asText();
            }
        }
        return null;
    }
}
