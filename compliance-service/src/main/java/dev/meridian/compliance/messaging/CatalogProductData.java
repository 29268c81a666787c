package dev.meridian.compliance.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.meridian.compliance.domain.restriction.ProductFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of catalog's product snapshot (data of product.published/updated, schema
 * docs/events/catalog/product.snapshot.v1.json) compliance needs, read as that schema defines it. Fields compliance
 * does not use are ignored, so catalog can grow its payload.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogProductData(String id, String sku, Long version, List<String> categoryIds, String taxCategory,
                                 List<String> certifications, Map<String, String> title,
                                 Map<String, String> description, List<Market> markets) {

    /** One entry of the snapshot's {@code markets}: the market code is all compliance reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Market(String market) {
    }

    /**
     * Catalog's snapshot carries no dangerous-goods flags, so DANGEROUS_GOODS rules cannot match a product from
     * catalog events until it does.
     */
    public ProductFacts toFacts() {
        Set<String> categories = new HashSet<>(categoryIds == null ? List.of() : categoryIds);
        if (taxCategory != null) {
            categories.add(taxCategory);
        }
        List<String> codes = markets == null ? List.of()
                : markets.stream().map(Market::market).filter(m -> m != null && !m.isBlank()).toList();
        return new ProductFacts(id, sku, categories, certifications == null ? Set.of() : Set.copyOf(certifications),
                Set.of(), title, description, codes);
    }
}
