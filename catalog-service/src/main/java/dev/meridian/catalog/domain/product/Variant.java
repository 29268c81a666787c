package dev.meridian.catalog.domain.product;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.util.Map;

/** A sellable variant: its own SKU, optional GTIN, one value per option axis, a base price, weight and size. */
public record Variant(String sku, String gtin, Map<String, String> options, Money basePrice, Integer weightGrams,
                      Dimensions dimensions) {

    static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public Variant {
        if (sku == null || !sku.matches(SKU_PATTERN)) {
            throw new RuleViolation("variants.sku", "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (gtin != null && !Gtin.valid(gtin)) {
            throw new RuleViolation("variants.gtin", "'" + gtin + "' is not a valid GTIN");
        }
        if (basePrice == null) {
            throw new RuleViolation("variants.basePrice", "is required");
        }
        if (basePrice.isNegative()) {
            throw new RuleViolation("variants.basePrice.amount", "must not be negative");
        }
        if (weightGrams != null && weightGrams <= 0) {
            throw new RuleViolation("variants.weightGrams", "must be positive");
        }
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
