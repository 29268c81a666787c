package dev.meridian.catalog.service.demo;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRate;
import dev.meridian.catalog.persistence.FxRateRepository;
import dev.meridian.catalog.persistence.MarketRepository;
import dev.meridian.catalog.persistence.ProductRepository;
import dev.meridian.catalog.service.product.ProductService;
import dev.meridian.catalog.service.product.PublicationService;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Seeds the demo data set (markets, FX rates, products published to every market) for demos and benchmarks.
 * Seeding is convergent: it adds what is missing and changes nothing that exists (a market someone edited stays as
 * edited, the demo rates are dated once), and a product whose SKU exists is skipped. Any other failure of a product
 * fails the seeding with that problem; the products seeded before it stay.
 */
@ApplicationScoped
public class DemoDataService {

    /** The demo FX rates' date: seeding again finds them instead of adding rates "effective now" each time. */
    static final Instant RATES_FROM = Instant.parse("2020-01-01T00:00:00Z");

    /** What a seeding did: products created, products skipped because their SKU existed, the demo markets. */
    public record Seeded(int products, int skipped, List<String> markets) {
    }

    private final MarketRepository markets;
    private final FxRateRepository fx;
    private final ProductRepository productRows;
    private final ProductService products;
    private final PublicationService publications;
    private final Vertx vertx;

    public DemoDataService(MarketRepository markets, FxRateRepository fx, ProductRepository productRows,
                           ProductService products, PublicationService publications, Vertx vertx) {
        this.markets = markets;
        this.fx = fx;
        this.productRows = productRows;
        this.products = products;
        this.publications = publications;
        this.vertx = vertx;
    }

    /**
     * Markets and rates first, then each product, every step in a transaction of its own: the products' transactions
     * must see the committed markets, a product's failure does not undo the ones before it, and a large seeding never
     * holds one huge session. The caller's transaction (the Idempotency-Key's) only records the answer.
     */
    public Uni<Seeded> seed(int count, int variants) {
        RuleViolation.require(count >= 1 && count <= 100_000 && variants >= 1 && variants <= DemoCatalog.MAX_VARIANTS,
                "products", "1..100000 products and 1..5 variants");
        AtomicInteger created = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        return isolated(() -> Panache.withTransaction(() -> Multi.createFrom().iterable(DemoCatalog.MARKETS)
                        .onItem().transformToUniAndConcatenate(markets::insertIfAbsent).collect().last()
                        .chain(() -> Multi.createFrom().iterable(DemoCatalog.RATES.entrySet())
                                .onItem().transformToUniAndConcatenate(e -> fx.addIfAbsent(new FxRate(
                                        Money.currencyOf("EUR"), Money.currencyOf(e.getKey()),
                                        new BigDecimal(e.getValue()), RATES_FROM)))
                                .collect().last())))
                .chain(() -> Multi.createFrom().range(0, count).onItem()
                        .transformToUniAndConcatenate(i -> isolated(() -> seedProduct(i, variants))
                                .invoke(wasCreated -> (wasCreated ? created : skipped).incrementAndGet()))
                        .collect().last())
                .map(x -> new Seeded(created.get(), skipped.get(), DemoCatalog.MARKETS.stream().map(Market::code).toList()));
    }

    /** @return true when the product was created, false when one with its SKU existed */
    private Uni<Boolean> seedProduct(int i, int variants) {
        return Panache.withTransaction(() -> productRows.findBySku(DemoCatalog.sku(i)).chain(existing -> existing != null
                ? Uni.createFrom().item(false)
                : products.create(DemoCatalog.product(i, variants))
                        .chain(p -> Multi.createFrom().iterable(DemoCatalog.MARKETS).onItem()
                                .transformToUniAndConcatenate(m -> publications.setPublished(p.id(), m.code(), true))
                                .collect().last())
                        .replaceWith(true)));
    }

    /**
     * Runs {@code work} on a Vert.x context of its own, so its transaction is its own and not the caller's, and
     * continues on the caller's context afterwards.
     */
    private <T> Uni<T> isolated(Supplier<Uni<T>> work) {
        Context caller = Vertx.currentContext();
        return Uni.createFrom().emitter(emitter -> {
            Context own = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(own, true);
            own.runOnContext(ignored -> work.get().subscribe().with(
                    item -> resume(caller, () -> emitter.complete(item)),
                    failure -> resume(caller, () -> emitter.fail(failure))));
        });
    }

    private static void resume(Context caller, Runnable continuation) {
        if (caller == null) {
            continuation.run();
        } else {
            caller.runOnContext(ignored -> continuation.run());
        }
    }
}
