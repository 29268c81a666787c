package dev.meridian.compliance.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.platform.testing.JsonSchemas;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalog product snapshots (data of product.published/updated) as catalog publishes them: every one is checked
 * against catalog's own schema before a test feeds it to compliance, so the consumer is tested against the contract.
 */
public final class CatalogSnapshots {

    private final Map<String, Object> data = new HashMap<>();

    private CatalogSnapshots(String id) {
        data.put("id", id);
        data.put("sku", "SKU-" + id.substring(0, 8));
        data.put("status", "ACTIVE");
        data.put("version", 1);
        data.put("title", Map.of("en", "Wooden toy"));
        data.put("description", Map.of("en", "A wooden toy"));
        data.put("handle", Map.of("en", "wooden-toy-" + id.substring(0, 8)));
        data.put("categoryIds", List.of("toys"));
        data.put("taxCategory", "standard");
        data.put("certifications", List.of());
        data.put("variants", List.of(Map.of("sku", "SKU-" + id.substring(0, 8), "options", Map.of(),
                "basePrice", Map.of("currency", "EUR", "amount", "19.90"))));
        data.put("updatedAt", Instant.now().toString());
        markets("DE", "FR", "US");
    }

    public static CatalogSnapshots product(String id) {
        return new CatalogSnapshots(id);
    }

    public CatalogSnapshots title(String title) {
        data.put("title", Map.of("en", title, "de", title));
        return this;
    }

    public CatalogSnapshots categories(String... categoryIds) {
        data.put("categoryIds", List.of(categoryIds));
        return this;
    }

    public CatalogSnapshots certifications(String... certifications) {
        data.put("certifications", List.of(certifications));
        return this;
    }

    public CatalogSnapshots version(long version) {
        data.put("version", version);
        return this;
    }

    /** Listed (not yet published) in these markets, each priced in EUR. */
    public CatalogSnapshots markets(String... markets) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String market : markets) {
            out.add(Map.of("market", market, "published", false, "visible", false, "complianceStatus", "needs-review",
                    "currency", "EUR", "taxInclusive", true, "prices", List.of()));
        }
        data.put("markets", out);
        return this;
    }

    public String id() {
        return (String) data.get("id");
    }

    /** The payload, valid against docs/events/catalog/product.snapshot.v1.json (or the test fails here). */
    public JsonNode build() {
        JsonNode json = Events.JSON.valueToTree(data);
        JsonSchemas.assertValid("catalog/product.published.v1.json", json);
        return json;
    }
}
