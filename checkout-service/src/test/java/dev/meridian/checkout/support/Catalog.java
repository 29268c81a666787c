package dev.meridian.checkout.support;

import static org.awaitility.Awaitility.await;

import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Catalog's product snapshots as catalog publishes them (validated against docs/events/catalog by {@link TestEvent}),
 * delivered through the real broker; {@link Product#publish()} waits until checkout's read model has them.
 */
public final class Catalog {

    /** The inbox scope of checkout's catalog consumer. */
    public static final String CONSUMER = "checkout.catalog-variants";

    private Catalog() {
    }

    public static String uniqueSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An active product with one variant of 400 g, not yet offered in any market. */
    public static Product product(String sku) {
        return new Product(sku);
    }

    /** One variant offered in DE (EUR, tax-inclusive) at {@code price}, published and allowed; in the model. */
    public static String sellableInDe(String price) {
        String sku = uniqueSku();
        product(sku).market("DE", "EUR", true, price).publish();
        return sku;
    }

    private static final java.util.Set<String> MARKETS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Makes sure checkout knows the market (it learns markets from snapshots), once per test JVM. */
    public static void ensureMarket(String market) {
        if (MARKETS.contains(market)) {
            return;
        }
        String[] basis = switch (market) {
            case "US" -> new String[] {"USD", "false"};
            case "GB" -> new String[] {"GBP", "true"};
            case "JP" -> new String[] {"JPY", "true"};
            default -> new String[] {"EUR", "true"};
        };
        product(uniqueSku()).market(market, basis[0], Boolean.parseBoolean(basis[1]),
                "JPY".equals(basis[0]) ? "1000" : "10.00").publish();
        MARKETS.add(market);
    }

    public static Map<String, Object> money(String currency, String amount) {
        return Map.of("currency", currency, "amount", amount);
    }

    public static final class Product {
        private final UUID id = UUID.randomUUID();
        private final List<Map<String, Object>> variants = new ArrayList<>();
        private final List<Map<String, Object>> markets = new ArrayList<>();
        private String status = "ACTIVE";
        private long version = 1;
        private Instant updatedAt = Instant.parse("2026-11-26T08:00:00Z");
        private String taxCategory = "standard";
        private String brand = "Meridian Basics";
        private String category = UUID.randomUUID().toString();

        private Product(String sku) {
            variant(sku, 400);
        }

        public UUID id() {
            return id;
        }

        public String category() {
            return category;
        }

        public Product variant(String sku, int weightGrams) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("sku", sku);
            v.put("options", Map.of("size", "M"));
            v.put("basePrice", money("EUR", "10.00"));
            v.put("weightGrams", weightGrams);
            variants.add(v);
            return this;
        }

        /** The product no longer has this variant (its market prices go with it). */
        public Product dropVariant(String sku) {
            variants.removeIf(v -> sku.equals(v.get("sku")));
            for (Map<String, Object> m : markets) {
                m.put("prices", ((List<?>) m.get("prices")).stream()
                        .filter(p -> !sku.equals(((Map<?, ?>) p).get("sku"))).toList());
            }
            return this;
        }

        public Product status(String status) {
            this.status = status;
            return this;
        }

        public Product version(long version, Instant updatedAt) {
            this.version = version;
            this.updatedAt = updatedAt;
            return this;
        }

        public Product taxCategory(String taxCategory) {
            this.taxCategory = taxCategory;
            return this;
        }

        public Product brand(String brand) {
            this.brand = brand;
            return this;
        }

        public Product category(String category) {
            this.category = category;
            return this;
        }

        /** Every variant at {@code price} in {@code market}, published, visible and allowed. */
        public Product market(String market, String currency, boolean taxInclusive, String price) {
            return market(market, currency, taxInclusive, price, true, "allowed");
        }

        public Product market(String market, String currency, boolean taxInclusive, String price, boolean published,
                              String complianceStatus) {
            markets.removeIf(m -> market.equals(m.get("market")));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("market", market);
            m.put("published", published);
            m.put("visible", published && "allowed".equals(complianceStatus));
            m.put("complianceStatus", complianceStatus);
            m.put("currency", currency);
            m.put("taxInclusive", taxInclusive);
            m.put("prices", price == null ? List.of() : variants.stream()
                    .map(v -> Map.of("sku", v.get("sku"), "amount", money(currency, price), "source", "explicit"))
                    .toList());
            markets.add(m);
            return this;
        }

        public Map<String, Object> data() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", id.toString());
            d.put("sku", variants.getFirst().get("sku"));
            d.put("status", status);
            d.put("version", version);
            d.put("title", Map.of("en", "Linen shirt", "de", "Leinenhemd"));
            d.put("handle", Map.of("en", "linen-shirt"));
            d.put("brand", brand);
            d.put("categoryIds", List.of(category));
            d.put("taxCategory", taxCategory);
            d.put("hsCode", "620520");
            d.put("originCountry", "PT");
            d.put("certifications", List.of());
            d.put("variants", variants);
            d.put("markets", markets);
            d.put("updatedAt", updatedAt.toString());
            return d;
        }

        /** Publishes as {@code product.updated} and waits until checkout has processed it. */
        public String publish() {
            return publish(EventTypes.CATALOG_PRODUCT_UPDATED);
        }

        public String publish(String type) {
            TestEvent event = TestEvent.of(type).subject(id.toString()).data(data()).publish("catalog.events");
            awaitProcessed(event.id());
            return event.id();
        }
    }

    public static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> TestDatabase.count(
                "select count(*) from inbox_event where event_id = ?", eventId) == 1);
    }
}
