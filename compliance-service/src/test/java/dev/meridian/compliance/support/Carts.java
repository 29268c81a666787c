package dev.meridian.compliance.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Quote request bodies: one tax-inclusive T-shirt from Germany unless a test says otherwise. */
public final class Carts {

    private Carts() {
    }

    public static Map<String, Object> line(String amount, String currency, String hs) {
        return new HashMap<>(Map.of("sku", "TSHIRT-1", "quantity", 1,
                "unitPrice", Map.of("currency", currency, "amount", amount), "taxInclusive", true,
                "taxCategory", "standard", "hsCode", hs, "origin", "DE"));
    }

    public static Map<String, Object> cart(String to, Map<String, Object> line) {
        return new HashMap<>(Map.of("market", "eu", "shipFrom", Map.of("country", "DE"),
                "shipTo", Map.of("country", to), "currency", "EUR", "lines", List.of(line), "incoterm", "DDP"));
    }
}
