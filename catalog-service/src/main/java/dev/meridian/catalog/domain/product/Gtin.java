package dev.meridian.catalog.domain.product;

/** GS1 GTIN-8/12/13/14 with its mod-10 check digit. */
public final class Gtin {

    private Gtin() {
    }

    public static boolean valid(String gtin) {
        if (gtin == null || !gtin.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = gtin.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(gtin.length() - 1) - '0';
    }
}
