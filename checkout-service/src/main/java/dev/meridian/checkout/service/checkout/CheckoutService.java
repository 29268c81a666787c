package dev.meridian.checkout.service.checkout;

import dev.meridian.checkout.client.compliance.ComplianceClient;
import dev.meridian.checkout.client.fulfillment.FulfillmentClient;
import dev.meridian.checkout.config.CheckoutConfig;
import dev.meridian.checkout.domain.cart.Cart;
import dev.meridian.checkout.domain.cart.PricedCart;
import dev.meridian.checkout.domain.cart.PricedLine;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import dev.meridian.checkout.domain.checkout.Incoterm;
import dev.meridian.checkout.domain.checkout.LandedCostRequest;
import dev.meridian.checkout.domain.checkout.ShippingOption;
import dev.meridian.checkout.domain.checkout.UnitSplit;
import dev.meridian.checkout.persistence.CartRepository;
import dev.meridian.checkout.persistence.CheckoutQuoteRepository;
import dev.meridian.checkout.service.cart.CartCaller;
import dev.meridian.checkout.service.cart.CartService;
import dev.meridian.checkout.service.catalog.SellableVariantService;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The checkout steps that need other services: shipping options (fulfillment) and the checkout quote (fulfillment's
 * price for the chosen service, compliance's tax and duty). External calls happen between short database sessions,
 * never inside a transaction; the quote is stored at the end only if the cart did not change meanwhile.
 */
@ApplicationScoped
public class CheckoutService {

    private final CartService carts;
    private final CartRepository cartRows;
    private final SellableVariantService variants;
    private final CheckoutQuoteRepository quotes;
    private final FulfillmentClient fulfillment;
    private final ComplianceClient compliance;
    private final CheckoutConfig config;
    private final Clock clock;

    public CheckoutService(CartService carts, CartRepository cartRows, SellableVariantService variants,
                           CheckoutQuoteRepository quotes, FulfillmentClient fulfillment, ComplianceClient compliance,
                           CheckoutConfig config, Clock clock) {
        this.carts = carts;
        this.cartRows = cartRows;
        this.variants = variants;
        this.quotes = quotes;
        this.fulfillment = fulfillment;
        this.compliance = compliance;
        this.config = config;
        this.clock = clock;
    }

    /** How fulfillment can ship the cart to its address, priced in the market's currency. */
    public Uni<List<ShippingOption>> shippingOptions(UUID cartId, CartCaller caller) {
        return Panache.withSession(() -> carts.load(cartId, caller).chain(cart -> {
            cart.requireOpen(clock.instant());
            if (cart.shippingAddress() == null) {
                throw new StateConflict("give the shipping address first: the options depend on it");
            }
            return carts.price(cart);
        })).chain(priced -> options(priced));
    }

    /** The current valid quote of the cart as it stands, or a new one (natural key: the cart at its version). */
    public Uni<QuoteOutcome> quote(UUID cartId, CartCaller caller) {
        Instant now = clock.instant();
        return Panache.withSession(() -> carts.load(cartId, caller).chain(cart -> {
            cart.requireOpen(now);
            return quotes.findValid(cart.id(), cart.version(), now).map(found -> new Loaded(cart, found.orElse(null)));
        })).chain(loaded -> loaded.existing() != null
                ? Uni.createFrom().item(new QuoteOutcome(loaded.existing(), false))
                : fresh(loaded.cart()).map(q -> new QuoteOutcome(q, true)));
    }

    /** A quote by id, for its cart's owner. */
    public Uni<CheckoutQuote> get(UUID cartId, UUID quoteId, CartCaller caller) {
        return Panache.withSession(() -> carts.load(cartId, caller).chain(cart -> quotes.find(quoteId)))
                .map(found -> found.filter(q -> q.cartId().equals(cartId))
                        .orElseThrow(() -> new NotFound("quote", quoteId)));
    }

    /**
     * Quotes the cart as it is now: fulfillment's price for the chosen service, the promotions with that shipping
     * price, compliance's tax and duty on what the buyer pays; stored if the cart is still at the version quoted.
     */
    public Uni<CheckoutQuote> fresh(Cart cart) {
        requireReady(cart);
        Set<String> skus = new LinkedHashSet<>();
        cart.lines().forEach(l -> skus.add(l.sku()));
        return Panache.withSession(() -> variants.sellability(skus, cart.market(), cart.currency())
                        .chain(sellability -> carts.price(cart, sellability, null)
                                .map(priced -> new Priced(priced, sellability))))
                .chain(first -> {
                    requireSellable(first.priced());
                    return options(first.priced()).chain(options -> {
                        ShippingOption option = options.stream()
                                .filter(o -> o.service().equals(cart.shippingService())).findFirst()
                                .orElseThrow(() -> new StateConflict("shipping service " + cart.shippingService()
                                        + " is no longer offered for this cart; choose again",
                                        Map.of("reason", "shipping-option-unavailable")));
                        return Panache.withSession(() -> carts.price(cart, first.sellability(), option.price()))
                                .chain(priced -> landedCost(priced, option));
                    });
                })
                .chain(quote -> Panache.withTransaction(() -> cartRows.find(cart.id()).chain(current -> {
                    if (current.isEmpty() || current.get().version() != cart.version()) {
                        throw new StateConflict("the cart changed while it was being quoted; ask for a quote again");
                    }
                    return quotes.insert(quote);
                })));
    }

    private Uni<CheckoutQuote> landedCost(PricedCart priced, ShippingOption option) {
        Cart cart = priced.cart();
        Incoterm incoterm = option.incotermFor(null);
        String shipFrom = config.shipFromCountries().getOrDefault(option.shipsFrom(), config.defaultShipFromCountry());
        List<LandedCostRequest.Line> lines = new ArrayList<>();
        for (PricedLine line : priced.lines()) {
            if (!line.counted()) {
                continue;
            }
            var variant = ((Sellability.Sellable) line.sellability()).variant();
            for (UnitSplit.Part part : UnitSplit.of(line.total(), line.line().quantity())) {
                lines.add(new LandedCostRequest.Line(line.line().sku(), part.quantity(), part.unitPrice(),
                        variant.taxCategory() == null ? "standard" : variant.taxCategory(), variant.hsCode(),
                        variant.originCountry()));
            }
        }
        var request = new LandedCostRequest(cart.market(), shipFrom, cart.shippingAddress().country(),
                cart.shippingAddress().region(), cart.currency(), lines,
                option.price().minus(priced.shippingDiscount()), cart.taxInclusive(), incoterm);
        return compliance.quote(request).map(cost -> CheckoutQuote.assemble(UUID.randomUUID(), priced, option,
                incoterm, shipFrom, cost, clock.instant(), config.quotes().ttl()));
    }

    private Uni<List<ShippingOption>> options(PricedCart priced) {
        Cart cart = priced.cart();
        Map<String, Integer> lines = new LinkedHashMap<>();
        priced.lines().stream().filter(PricedLine::counted)
                .forEach(l -> lines.merge(l.line().sku(), l.line().quantity(), Integer::sum));
        if (lines.isEmpty()) {
            throw new StateConflict("the cart has nothing to ship");
        }
        return fulfillment.shippingOptions(cart.market(), cart.shippingAddress().country(),
                priced.subtotal().minus(priced.discount()), lines);
    }

    private static void requireReady(Cart cart) {
        List<String> missing = new ArrayList<>();
        if (cart.lines().isEmpty()) {
            missing.add("lines");
        }
        if (cart.email() == null) {
            missing.add("email");
        }
        if (cart.shippingAddress() == null) {
            missing.add("shippingAddress");
        }
        if (cart.shippingService() == null) {
            missing.add("shippingService");
        }
        if (!missing.isEmpty()) {
            throw new StateConflict("the cart is not ready for checkout: " + String.join(", ", missing)
                    + " missing", Map.of("reason", "checkout-incomplete", "missing", missing));
        }
    }

    private static void requireSellable(PricedCart priced) {
        List<String> unsellable = priced.lines().stream().filter(l -> !l.counted()).map(l -> l.line().sku()).toList();
        if (!unsellable.isEmpty()) {
            throw new StateConflict("remove what can no longer be bought before checking out: " + unsellable,
                    Map.of("reason", "unsellable-lines", "skus", unsellable));
        }
    }

    private record Loaded(Cart cart, CheckoutQuote existing) {
    }

    private record Priced(PricedCart priced, Map<String, Sellability> sellability) {
    }
}
