package dev.meridian.catalog.domain;

import dev.meridian.catalog.domain.localization.LocalizedText;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRate;
import dev.meridian.catalog.domain.pricing.FxRates;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.domain.pricing.RoundingRule;
import dev.meridian.catalog.domain.product.OptionAxis;
import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductDetails;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.domain.product.ProductStatus;
import dev.meridian.catalog.domain.product.Publication;
import dev.meridian.catalog.domain.product.Variant;
import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders of domain values for plain unit tests. */
public final class Examples {

    public static final Instant NOW = Instant.parse("2026-11-15T12:00:00Z");

    private Examples() {
    }

    public static Market eu() {
        return Market.of("EU", List.of("DE", "AT", "FR"), "EUR", List.of("de", "en", "fr"), true, RoundingRule.ENDING_99, true);
    }

    public static Market uk() {
        return Market.of("UK", List.of("GB"), "GBP", List.of("en"), true, RoundingRule.ENDING_99, true);
    }

    public static FxRates eurTo(String quote, String rate, Instant from) {
        return new FxRates(List.of(new FxRate(Money.currencyOf("EUR"), Money.currencyOf(quote), new BigDecimal(rate), from)));
    }

    public static MarketPrice price(String sku, Market market, String amount) {
        return new MarketPrice(sku, market.code(), Money.of(market.currency().getCurrencyCode(), amount), null, null,
                null, null);
    }

    /** A product under construction: active, titled in de and en, EUR base price, one variant per colour given. */
    public static ProductBuilder product() {
        return new ProductBuilder();
    }

    public static final class ProductBuilder {
        private final UUID id = UUID.randomUUID();
        private String sku = "SCARF-1";
        private Map<String, String> title = Map.of("de", "Schal", "en", "Scarf");
        private Money price = Money.of("EUR", "59.90");
        private ProductStatus status = ProductStatus.ACTIVE;
        private final List<Variant> variants = new ArrayList<>();
        private final List<String> colors = new ArrayList<>();
        private final List<Publication> publications = new ArrayList<>();
        private final List<MarketPrice> prices = new ArrayList<>();
        private final Map<String, Market> markets = new HashMap<>();
        private final Map<String, FxRates> fx = new HashMap<>();

        public ProductBuilder title(Map<String, String> title) {
            this.title = title;
            return this;
        }

        public ProductBuilder price(String eur) {
            this.price = Money.of("EUR", eur);
            return this;
        }

        public ProductBuilder status(ProductStatus status) {
            this.status = status;
            return this;
        }

        public ProductBuilder variant(String color, String eur) {
            colors.add(color);
            variants.add(new Variant(sku + "-" + color, null, Map.of("color", color), Money.of("EUR", eur), null, null));
            return this;
        }

        public ProductBuilder publishedIn(Market market) {
            return in(market, new Publication(market.code(), true, Publication.ALLOWED, List.of()));
        }

        public ProductBuilder in(Market market, Publication publication) {
            markets.put(market.code(), market);
            publications.add(publication);
            return this;
        }

        public ProductBuilder market(Market market) {
            markets.put(market.code(), market);
            return this;
        }

        public ProductBuilder explicit(MarketPrice price) {
            prices.add(price);
            return this;
        }

        public ProductBuilder rates(String quote, FxRates rates) {
            fx.put(quote, rates);
            return this;
        }

        public String sku(String color) {
            return sku + "-" + color;
        }

        public ProductState build() {
            ProductDetails details = colors.isEmpty() ? null : new ProductDetails(null, null, null, null, null, null,
                    List.of(new OptionAxis("color", Map.of("en", "Colour"), colors)), null, null, null, null, null);
            Product product = new Product(id, sku, new LocalizedText(title), price, status, NOW.minusSeconds(3600),
                    details, variants);
            return new ProductState(product, 1, NOW, publications, prices, markets, fx);
        }
    }
}
