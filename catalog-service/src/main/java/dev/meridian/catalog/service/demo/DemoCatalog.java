package dev.meridian.catalog.service.demo;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.RoundingRule;
import dev.meridian.catalog.domain.product.OptionAxis;
import dev.meridian.catalog.domain.product.ProductStatus;
import dev.meridian.catalog.service.product.ProductCommand;
import dev.meridian.platform.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo data set: markets EU/UK/US/JP/AU, FX rates from EUR, and products DEMO-{n} with colour variants and
 * de/en/fr/ja text. A product's SKU is its natural key: seeding again finds it and skips it.
 */
final class DemoCatalog {

    static final List<Market> MARKETS = List.of(
            Market.of("EU", List.of("DE", "AT", "FR", "NL"), "EUR", List.of("de", "fr", "en"), true, RoundingRule.ENDING_99, true),
            Market.of("UK", List.of("GB"), "GBP", List.of("en"), true, RoundingRule.ENDING_99, true),
            Market.of("US", List.of("US"), "USD", List.of("en"), false, RoundingRule.ENDING_99, true),
            Market.of("JP", List.of("JP"), "JPY", List.of("ja", "en"), true, RoundingRule.WHOLE, true),
            Market.of("AU", List.of("AU"), "AUD", List.of("en"), true, RoundingRule.ENDING_99, true));
    static final Map<String, String> RATES = Map.of("GBP", "0.86", "USD", "1.08", "JPY", "161.5", "AUD", "1.65");
    static final int MAX_VARIANTS = 5;

    private static final String[] WORDS = {"Merino", "Linen", "Alpaca", "Cotton", "Wool", "Silk", "Cashmere", "Denim"};
    private static final String[] KINDS_EN = {"scarf", "sweater", "beanie", "socks", "shirt", "jacket"};
    private static final String[] KINDS_DE = {"Schal", "Pullover", "Mütze", "Socken", "Hemd", "Jacke"};
    private static final String[] KINDS_FR = {"écharpe", "pull", "bonnet", "chaussettes", "chemise", "veste"};
    private static final String[] KINDS_JA = {"スカーフ", "セーター", "ニット帽", "靴下", "シャツ", "ジャケット"};
    private static final String[] COLORS = {"red", "blue", "green", "black", "white"};

    private DemoCatalog() {
    }

    static String sku(int i) {
        return "DEMO-" + i;
    }

    static ProductCommand product(int i, int variants) {
        String word = WORDS[i % WORDS.length];
        int k = (i / WORDS.length) % KINDS_EN.length;
        String sku = sku(i);
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", word + " " + KINDS_EN[k] + " " + i);
        title.put("de", word + " " + KINDS_DE[k] + " " + i);
        title.put("fr", KINDS_FR[k] + " " + word.toLowerCase() + " " + i);
        title.put("ja", word + " " + KINDS_JA[k] + " " + i);
        Map<String, String> description = new LinkedHashMap<>();
        description.put("en", "Soft " + word.toLowerCase() + " " + KINDS_EN[k] + ", made in Italy.");
        description.put("de", "Weiche " + word + "-" + KINDS_DE[k] + ", hergestellt in Italien. Größe und Passform wählen.");
        List<ProductCommand.VariantCommand> vs = new ArrayList<>();
        List<String> colors = List.of(COLORS).subList(0, variants);
        for (String c : colors) {
            vs.add(new ProductCommand.VariantCommand(sku + "-" + c, null, Map.of("color", c), null, 250, null));
        }
        Money price = Money.ofMinor("EUR", 1_990 + (i % 50) * 200L);
        return new ProductCommand(sku, title, price, ProductStatus.ACTIVE, description, null, null, null, word, null,
                List.of(new OptionAxis("color", Map.of("en", "Color", "de", "Farbe"), colors)),
                "611710", "IT", "apparel", Set.of("CE"), null, vs);
    }
}
