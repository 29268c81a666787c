package dev.meridian.fulfillment.service.shipping;

import dev.meridian.fulfillment.domain.routing.Origins;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.QuoteRequest;
import dev.meridian.fulfillment.domain.shipping.ShippingQuoter;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.persistence.SkuRepository;
import dev.meridian.fulfillment.persistence.StockRepository;
import dev.meridian.fulfillment.service.KnownReferences;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shipping quotes: a computation over the configuration (and, for lines, SKU weights and stock); stores nothing. */
@ApplicationScoped
public class ShippingQuoteService {

    private final ShippingConfigCache config;
    private final StockRepository stock;
    private final SkuRepository skus;
    private final KnownReferences references;
    private final Clock clock;

    public ShippingQuoteService(ShippingConfigCache config, StockRepository stock, SkuRepository skus,
                                KnownReferences references, Clock clock) {
        this.config = config;
        this.stock = stock;
        this.skus = skus;
        this.references = references;
        this.clock = clock;
    }

    public Uni<Quote> quote(QuoteCommand command) {
        List<QuoteCommand.Line> lines = command.lines();
        if (command.weightGrams() == null && lines.isEmpty()) {
            throw new RuleViolation("weightGrams", "give the parcel weight or the lines to weigh");
        }
        // Configuration comes from memory: a quote by weight needs no query at all, one by lines two.
        return config.configuration().chain(configuration -> {
            MarketPolicy market = Optional.ofNullable(command.market() == null ? null
                            : configuration.markets().get(command.market()))
                    .orElseThrow(() -> new RuleViolation("market", "unknown market '" + command.market() + "'"));
            List<StockLocation> locations = configuration.locations();
            StockLocation preferred = Origins.preferred(locations)
                    .orElseThrow(() -> new IllegalStateException("no origin location"));
            if (lines.isEmpty()) {
                return Uni.createFrom().item(respond(command, market, configuration.quoter(), preferred,
                        command.weightGrams(), Optional.empty()));
            }
            return Panache.withSession(() -> references.requireSkus(KnownReferences.skuFields(
                            lines.stream().map(QuoteCommand.Line::sku).toList()))
                    .chain(() -> weight(command, lines))
                    .chain(w -> stock.available(lines.stream().map(QuoteCommand.Line::sku).toList())
                            .map(available -> respond(command, market, configuration.quoter(),
                                    shippingOrigin(lines, locations, available).orElse(preferred), w,
                                    localWarehouse(command.destinationCountry(), lines, locations, available)))));
        });
    }

    private Quote respond(QuoteCommand command, MarketPolicy market, ShippingQuoter quoter, StockLocation origin,
                          long weight, Optional<StockLocation> local) {
        var options = quoter.quote(new QuoteRequest(market.market(), command.destinationCountry(), weight,
                command.orderValue(), local), market, origin, clock.instant());
        return new Quote(market.market(), market.currency().getCurrencyCode(), weight, options);
    }

    private Uni<Long> weight(QuoteCommand command, List<QuoteCommand.Line> lines) {
        if (command.weightGrams() != null) {
            return Uni.createFrom().item(command.weightGrams());
        }
        return skus.weights(lines.stream().map(QuoteCommand.Line::sku).toList())
                .map(grams -> lines.stream().mapToLong(l -> (long) grams.get(l.sku()) * l.quantity()).sum());
    }

    /** The preferred warehouse serving the destination that holds every line, if any: it unlocks local delivery. */
    private static Optional<StockLocation> localWarehouse(String destinationCountry, List<QuoteCommand.Line> lines,
                                                          List<StockLocation> locations,
                                                          Map<StockKey, Long> available) {
        return locations.stream().filter(l -> l.serves(destinationCountry))
                .sorted(Comparator.comparingInt(StockLocation::priority))
                .filter(l -> holdsAll(l, lines, available)).findFirst();
    }

    /** The origin routing would ship every line from, as for a reservation: the first origin holding them all. */
    private static Optional<StockLocation> shippingOrigin(List<QuoteCommand.Line> lines, List<StockLocation> locations,
                                                          Map<StockKey, Long> available) {
        return Origins.of(locations).stream().filter(o -> holdsAll(o, lines, available)).findFirst();
    }

    private static boolean holdsAll(StockLocation location, List<QuoteCommand.Line> lines,
                                    Map<StockKey, Long> available) {
        return lines.stream().allMatch(line ->
                available.getOrDefault(new StockKey(line.sku(), location.code()), 0L) >= line.quantity());
    }
}
