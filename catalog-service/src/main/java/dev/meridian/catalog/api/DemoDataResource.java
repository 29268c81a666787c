package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.FxRate;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.ProductStatus;
import dev.meridian.catalog.domain.RoundingRule;
import dev.meridian.catalog.persistence.FxRateStore;
import dev.meridian.catalog.persistence.MarketStore;
import dev.meridian.platform.money.Money;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seeds demo data: markets EU/UK/US/JP/AU, FX rates from EUR, and N products × V variants with de/en/fr/ja text,
 * published to every market. Product SKUs are DEMO-{n}, so seeding twice changes nothing (409 per existing SKU is skipped).
 */
@Path("/v1/admin/demo-data")
@Tag(name = "Demo data (admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MERCHANT_ADMIN)
public class DemoDataResource {

    static final List<Market> MARKETS = List.of(
            Market.of("EU", List.of("DE", "AT", "FR", "NL"), "EUR", List.of("de", "fr", "en"), true, RoundingRule.ENDING_99, true),
            Market.of("UK", List.of("GB"), "GBP", List.of("en"), true, RoundingRule.ENDING_99, true),
            Market.of("US", List.of("US"), "USD", List.of("en"), false, RoundingRule.ENDING_99, true),
            Market.of("JP", List.of("JP"), "JPY", List.of("ja", "en"), true, RoundingRule.WHOLE, true),
            Market.of("AU", List.of("AU"), "AUD", List.of("en"), true, RoundingRule.ENDING_99, true));
    private static final Map<String, String> RATES = Map.of("GBP", "0.86", "USD", "1.08", "JPY", "161.5", "AUD", "1.65");
    private static final String[] WORDS = {"Merino", "Linen", "Alpaca", "Cotton", "Wool", "Silk", "Cashmere", "Denim"};
    private static final String[] KINDS_EN = {"scarf", "sweater", "beanie", "socks", "shirt", "jacket"};
    private static final String[] KINDS_DE = {"Schal", "Pullover", "Mütze", "Socken", "Hemd", "Jacke"};
    private static final String[] KINDS_FR = {"écharpe", "pull", "bonnet", "chaussettes", "chemise", "veste"};
    private static final String[] KINDS_JA = {"スカーフ", "セーター", "ニット帽", "靴下", "シャツ", "ジャケット"};
    private static final String[] COLORS = {"red", "blue", "green", "black", "white"};

    public record Seeded(int products, int skipped, List<String> markets) {
    }

    private final MarketStore markets;
    private final FxRateStore fx;
    private final ProductService products;
    private final MarketingService marketing;

    public DemoDataResource(MarketStore markets, FxRateStore fx, ProductService products, MarketingService marketing) {
        this.markets = markets;
        this.fx = fx;
        this.products = products;
        this.marketing = marketing;
    }

    @POST
    @Operation(summary = "Seed demo markets, FX rates and products (idempotent by SKU)", description = "Creates the EU, UK, US, JP and AU markets, FX rates and N products with V colour variants in de/en/fr/ja, published to every market. Role merchant-admin; for demos and benchmarks.")
    public Uni<Seeded> seed(@QueryParam("products") Integer count, @QueryParam("variants") Integer variants) {
        int n = count == null ? 50 : count;
        int v = variants == null ? 3 : variants;
        if (n < 1 || n > 100_000 || v < 1 || v > COLORS.length) {
            throw ProblemException.invalid("products", "1..100000 products and 1..5 variants");
        }
        int[] skipped = {0};
        return Panache.withTransaction(() -> Multi.createFrom().iterable(MARKETS)
                        .onItem().transformToUniAndConcatenate(markets::upsert).collect().last()
                        .chain(() -> Multi.createFrom().iterable(RATES.entrySet()).onItem().transformToUniAndConcatenate(e ->
                                fx.add(new FxRate(Money.currencyOf("EUR"), Money.currencyOf(e.getKey()),
                                        new BigDecimal(e.getValue()), Instant.now()))).collect().last()))
                .chain(() -> Multi.createFrom().range(0, n).onItem().transformToUniAndConcatenate(i ->
                                Panache.withTransaction(() -> products.create(request(i, v))
                                        .chain(p -> Multi.createFrom().iterable(MARKETS).onItem()
                                                .transformToUniAndConcatenate(m -> marketing.setPublished(p.id(), m.code(), true))
                                                .collect().last()))
                                        .onFailure().recoverWithItem(() -> {
                                            skipped[0]++;
                                            return null;
                                        }))
                        .collect().last())
                .map(x -> new Seeded(n - skipped[0], skipped[0], MARKETS.stream().map(Market::code).toList()));
    }

    static CreateProductRequest request(int i, int variants) {
        String word = WORDS[i % WORDS.length];
        int k = (i / WORDS.length) % KINDS_EN.length;
        String sku = "DEMO-" + i;
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", word + " " + KINDS_EN[k] + " " + i);
        title.put("de", word + " " + KINDS_DE[k] + " " + i);
        title.put("fr", KINDS_FR[k] + " " + word.toLowerCase() + " " + i);
        title.put("ja", word + " " + KINDS_JA[k] + " " + i);
        Map<String, String> description = new LinkedHashMap<>();
        description.put("en", "Soft " + word.toLowerCase() + " " + KINDS_EN[k] + ", made in Italy.");
        description.put("de", "Weiche " + word + "-" + KINDS_DE[k] + ", hergestellt in Italien. Größe und Passform wählen.");
        List<CreateProductRequest.VariantBody> vs = new ArrayList<>();
        List<String> colors = List.of(COLORS).subList(0, variants);
        for (String c : colors) {
            vs.add(new CreateProductRequest.VariantBody(sku + "-" + c, null, Map.of("color", c), null, 250, null));
        }
        Money price = Money.ofMinor("EUR", 1_990 + (i % 50) * 200L);
        return new CreateProductRequest(sku, title, price, ProductStatus.ACTIVE, description, null, null, null,
                word, null, List.of(new CreateProductRequest.OptionAxisBody("color", Map.of("en", "Color", "de", "Farbe"), colors)),
                "611710", "IT", "apparel", java.util.Set.of("CE"), null, vs);
    }
}
