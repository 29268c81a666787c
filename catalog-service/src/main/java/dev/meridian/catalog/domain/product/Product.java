package dev.meridian.catalog.domain.product;

import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A product as the catalog owns it: identity, style SKU, localized title, a base price, status, details and its
 * variants. A product without explicit variants has one default variant carrying the product's SKU and price.
 */
public record Product(UUID id, String sku, LocalizedText title, Money basePrice, ProductStatus status,
                      Instant createdAt, ProductDetails details, List<Variant> variants) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sku == null || !sku.matches(Variant.SKU_PATTERN)) {
            throw new RuleViolation("sku", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (basePrice == null) {
            throw new RuleViolation("price", "is required");
        }
        if (basePrice.isNegative()) {
            throw new RuleViolation("price.amount", "must not be negative");
        }
        details = details == null ? ProductDetails.empty() : details;
        variants = variants == null || variants.isEmpty()
                ? List.of(new Variant(sku, null, Map.of(), basePrice, null, null)) : List.copyOf(variants);
        checkVariants(details, variants);
    }

    public Product(UUID id, String sku, LocalizedText title, Money basePrice, ProductStatus status, Instant createdAt) {
        this(id, sku, title, basePrice, status, createdAt, null, null);
    }

    /** A new product starts as a draft unless the editor activates it right away. */
    public static Product create(String sku, LocalizedText title, Money basePrice, ProductStatus status, Instant now) {
        return create(sku, title, basePrice, status, now, null, null);
    }

    public static Product create(String sku, LocalizedText title, Money basePrice, ProductStatus status, Instant now,
                                 ProductDetails details, List<Variant> variants) {
        return new Product(UUID.randomUUID(), sku, title, basePrice, status == null ? ProductStatus.DRAFT : status,
                now, details, variants);
    }

    public Product revise(LocalizedText title, Money basePrice, ProductStatus status, ProductDetails details,
                          List<Variant> variants) {
        return new Product(id, sku, title, basePrice, status, createdAt, details, variants);
    }

    public Set<String> skus() {
        Set<String> skus = new HashSet<>();
        variants.forEach(v -> skus.add(v.sku()));
        return skus;
    }

    public Variant variant(String sku) {
        return variants.stream().filter(v -> v.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new RuleViolation("sku", "product " + id + " has no variant " + sku));
    }

    private static void checkVariants(ProductDetails details, List<Variant> variants) {
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> axes = new java.util.HashMap<>();
        details.optionAxes().forEach(a -> axes.put(a.name(), a.values()));
        for (Variant v : variants) {
            if (!seen.add(v.sku())) {
                throw new RuleViolation("variants.sku", "duplicate variant SKU " + v.sku());
            }
            if (!axes.isEmpty() || !v.options().isEmpty()) {
                if (!v.options().keySet().equals(axes.keySet())) {
                    throw new RuleViolation("variants.options", "variant " + v.sku()
                            + " must have exactly one value for each option axis " + axes.keySet());
                }
                v.options().forEach((axis, value) -> {
                    if (!axes.get(axis).contains(value)) {
                        throw new RuleViolation("variants.options." + axis, "'" + value + "' is not a value of " + axis);
                    }
                });
            }
        }
    }
}
