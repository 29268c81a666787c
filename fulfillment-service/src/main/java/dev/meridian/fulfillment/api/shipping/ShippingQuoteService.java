package dev.meridian.fulfillment.api.shipping;

import dev.meridian.fulfillment.api.KnownReferences;
import dev.meridian.fulfillment.domain.routing.LocationKind;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.QuoteRequest;
import dev.meridian.fulfillment.domain.shipping.ShippingQuoter;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.persistence.ShippingConfigStore;
import dev.meridian.fulfillment.persistence.SkuEntity;
import dev.meridian.fulfillment.persistence.StockStore;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class ShippingQuoteService {

    private final ShippingConfigStore config;
    private final StockStore stock;
    private final KnownReferences references;
    private final Clock clock;

    public ShippingQuoteService(ShippingConfigStore config, StockStore stock, KnownReferences references, Clock clock) {
        this.config = config;
        this.stock = stock;
        this.references = references;
        this.clock = clock;
    }

    public Uni<QuoteResponse> quote(QuoteRequestBody body) {
        List<QuoteRequestBody.Line> lines = body.lines() == null ? List.of() : body.lines();
        if (body.weightGrams() == null && lines.isEmpty()) {
            throw ProblemException.invalid("weightGrams", "give the parcel weight or the lines to weigh");
        }
        // Configuration comes from memory: a quote by weight needs no query at all, one by lines two.
        return config.snapshot().chain(snapshot -> {
            MarketPolicy market = Optional.ofNullable(body.market() == null ? null : snapshot.markets().get(body.market()))
                    .orElseThrow(() -> ProblemException.invalid("market", "unknown market '" + body.market() + "'"));
            List<StockLocation> locations = snapshot.locations();
            StockLocation origin = locations.stream().filter(l -> l.kind() == LocationKind.ORIGIN).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no origin location"));
            Uni<Optional<StockLocation>> local;
            Uni<Long> weight;
            if (lines.isEmpty()) {
                weight = Uni.createFrom().item(body.weightGrams());
                local = Uni.createFrom().item(Optional.empty());
            } else {
                List<String[]> skuFields = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    skuFields.add(new String[] {"lines[" + i + "].sku", lines.get(i).sku()});
                }
                return Panache.withSession(() -> references.requireSkus(skuFields)
                        .chain(() -> weight(body, lines))
                        .chain(w -> localWarehouse(market, lines, locations)
                                .map(l -> respond(body, market, snapshot.quoter(), origin, w, l))));
            }
            return weight.chain(w -> local.map(l -> respond(body, market, snapshot.quoter(), origin, w, l)));
        });
    }

    private QuoteResponse respond(QuoteRequestBody body, MarketPolicy market, ShippingQuoter quoter,
                                  StockLocation origin, long weight, Optional<StockLocation> local) {
        var options = quoter.quote(new QuoteRequest(market.market(), body.destinationCountry(), weight,
                body.orderValue(), local), market, origin, clock.instant());
        return new QuoteResponse(market.market(), market.currency().getCurrencyCode(), weight,
                options.stream().map(QuoteResponse::of).toList());
    }

    private static Uni<Long> weight(QuoteRequestBody body, List<QuoteRequestBody.Line> lines) {
        if (body.weightGrams() != null) {
            return Uni.createFrom().item(body.weightGrams());
        }
        return SkuEntity.<SkuEntity>list("sku in ?1", lines.stream().map(QuoteRequestBody.Line::sku).toList())
                .map(skus -> {
                    Map<String, Integer> grams = skus.stream().collect(Collectors.toMap(s -> s.sku, s -> s.weightGrams));
                    return lines.stream().mapToLong(l -> (long) grams.get(l.sku()) * l.quantity()).sum();
                });
    }

    /** The preferred warehouse serving the market that holds every line, if any: it unlocks local delivery. */
    private Uni<Optional<StockLocation>> localWarehouse(MarketPolicy market, List<QuoteRequestBody.Line> lines,
                                                        List<StockLocation> locations) {
        if (lines.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return stock.available(lines.stream().map(QuoteRequestBody.Line::sku).toList())
                .map(available -> locations.stream().filter(l -> l.serves(market.market()))
                        .sorted(Comparator.comparingInt(StockLocation::priority))
                        .filter(l -> lines.stream().allMatch(line ->
                                available.getOrDefault(new StockKey(line.sku(), l.code()), 0L) >= line.quantity()))
                        .findFirst());
    }
}
