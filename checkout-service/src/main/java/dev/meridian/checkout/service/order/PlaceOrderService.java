package dev.meridian.checkout.service.order;

import dev.meridian.checkout.client.fulfillment.FulfillmentClient;
import dev.meridian.checkout.client.fulfillment.ReservationResult;
import dev.meridian.checkout.config.CheckoutConfig;
import dev.meridian.checkout.domain.cart.Cart;
import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import dev.meridian.checkout.domain.checkout.PriceChanged;
import dev.meridian.checkout.domain.order.AxisChange;
import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.messaging.CheckoutEvents;
import dev.meridian.checkout.persistence.CartRepository;
import dev.meridian.checkout.persistence.CheckoutQuoteRepository;
import dev.meridian.checkout.persistence.OrderHistoryRepository;
import dev.meridian.checkout.persistence.OrderRepository;
import dev.meridian.checkout.persistence.PlacementRepository;
import dev.meridian.checkout.service.cart.CartService;
import dev.meridian.checkout.service.checkout.CheckoutService;
import dev.meridian.checkout.service.promotion.PromotionService;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Places an order, one per cart, at the quote the buyer confirmed:
 * <ol>
 *   <li>read the cart and the quote; an expired quote or a changed cart is quoted again, and a different price is
 *       {@link PriceChanged} (409 with the difference), never charged silently;</li>
 *   <li>claim the cart (table order_placement) under the request's Idempotency-Key: a second key for the same cart
 *       gets 409 with the winner's order id, the same key resumes its own claim;</li>
 *   <li>reserve the stock at fulfillment under the claim's order id (idempotent there), for the quote's TTL —
 *       outside any transaction;</li>
 *   <li>in one transaction with the stored idempotent response: lock cart and claim, reserve the promotion
 *       redemptions, create the order AWAITING_PAYMENT with its number, mark the cart ordered, record order.placed in
 *       the outbox and the change feed.</li>
 * </ol>
 * If step 3 fails or step 4 fails, the claim is dropped and the reservation released: nothing half-made remains.
 */
@ApplicationScoped
public class PlaceOrderService {

    private static final Logger LOG = Logger.getLogger(PlaceOrderService.class);

    private final CartService carts;
    private final CartRepository cartRows;
    private final CheckoutService checkout;
    private final CheckoutQuoteRepository quotes;
    private final PlacementRepository placements;
    private final OrderRepository orders;
    private final OrderHistoryRepository history;
    private final PromotionService promotions;
    private final FulfillmentClient fulfillment;
    private final CheckoutEvents events;
    private final CheckoutConfig config;
    private final Clock clock;

    public PlaceOrderService(CartService carts, CartRepository cartRows, CheckoutService checkout,
                             CheckoutQuoteRepository quotes, PlacementRepository placements, OrderRepository orders,
                             OrderHistoryRepository history, PromotionService promotions, FulfillmentClient fulfillment,
                             CheckoutEvents events, CheckoutConfig config, Clock clock) {
        this.carts = carts;
        this.cartRows = cartRows;
        this.checkout = checkout;
        this.quotes = quotes;
        this.placements = placements;
        this.orders = orders;
        this.history = history;
        this.promotions = promotions;
        this.fulfillment = fulfillment;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param exactlyOnce runs the creating step once per Idempotency-Key, in the transaction that stores its response
     *                    (the platform's {@code Idempotency.execute}); a replay answers the stored response
     * @param respond     the answer for the order
     */
    public <R> Uni<R> place(PlaceOrderCommand command, Function<Supplier<Uni<R>>, Uni<R>> exactlyOnce,
                            Function<PlacedOrder, R> respond) {
        return prepare(command).chain(prepared -> {
            AtomicBoolean ran = new AtomicBoolean();
            return exactlyOnce.apply(() -> {
                ran.set(true);
                return complete(prepared).map(respond);
            }).onFailure().call(failure -> ran.get() && prepared.fresh() ? compensate(prepared, failure)
                    : Uni.createFrom().voidItem());
        });
    }

    /** Everything before the order's transaction: checks, quote confirmation, claim, reservation. */
    private Uni<Prepared> prepare(PlaceOrderCommand c) {
        Instant now = clock.instant();
        return Panache.withSession(() -> carts.load(c.cartId(), c.caller()).chain(cart -> placements.find(cart.id())
                        .chain(claim -> {
                            if (claim.isPresent()) {
                                Prepared resumed = existingClaim(c, cart, claim.get(), now);
                                if (resumed != null) {
                                    return Uni.createFrom().item(new Loaded(cart, null, resumed));
                                }
                            }
                            cart.requireOpen(now);
                            return quotes.find(c.quoteId()).map(q -> new Loaded(cart, q
                                    .filter(quote -> quote.cartId().equals(cart.id()))
                                    .orElseThrow(() -> new NotFound("quote", c.quoteId())), null));
                        })))
                .chain(loaded -> loaded.resumed() != null ? resume(loaded.resumed())
                        : confirmed(loaded.cart(), loaded.quote(), now).chain(quote -> claim(c, loaded.cart(), quote)));
    }

    /** A claim already exists: a replay or resume under the same key, or a conflict naming the winner. */
    private Prepared existingClaim(PlaceOrderCommand c, Cart cart, PlacementRepository.Claim claim, Instant now) {
        if (claim.heldBy(c.idempotencyScope(), c.idempotencyKey())) {
            return new Prepared(cart, null, claim.orderId(), null, null, false);
        }
        if (claim.placed()) {
            throw new StateConflict("this cart has already been ordered", Map.of("reason", "cart-already-ordered",
                    "orderId", claim.orderId().toString()));
        }
        if (claim.createdAt().isAfter(now.minus(config.placement().staleAfter()))) {
            throw new StateConflict("this cart's order is being placed by another request",
                    Map.of("reason", "placement-in-progress", "orderId", claim.orderId().toString()));
        }
        return null; // a stale claim: taken over below
    }

    /** The quote the order is placed at: the confirmed one while valid, else a new one only if the price is the same. */
    private Uni<CheckoutQuote> confirmed(Cart cart, CheckoutQuote quote, Instant now) {
        boolean expired = quote.expiredAt(now);
        boolean outdated = quote.cartVersion() != cart.version();
        if (!expired && !outdated) {
            return Uni.createFrom().item(quote);
        }
        return checkout.fresh(cart).map(current -> {
            if (!current.samePriceAs(quote)) {
                throw new PriceChanged(quote, current, expired ? "the quote expired" : "the cart changed");
            }
            return current;
        });
    }

    private Uni<Prepared> claim(PlaceOrderCommand c, Cart cart, CheckoutQuote quote) {
        UUID orderId = UUID.randomUUID();
        Instant now = clock.instant();
        return Panache.withTransaction(() -> placements.claim(cart.id(), orderId, c.idempotencyScope(),
                        c.idempotencyKey(), now)
                .chain(claimed -> claimed ? Uni.createFrom().item(true) : placements.find(cart.id()).chain(existing -> {
                    Prepared other = existingClaim(c, cart, existing.orElseThrow(), now);
                    if (other != null) {
                        return Uni.createFrom().failure(new StateConflict(
                                "this cart's order is being placed by another request",
                                Map.of("reason", "placement-in-progress", "orderId", other.orderId().toString())));
                    }
                    return placements.takeOver(cart.id(), orderId, c.idempotencyScope(), c.idempotencyKey(), now,
                            now.minus(config.placement().staleAfter()));
                })))
                .chain(claimed -> {
                    if (!claimed) {
                        return Uni.createFrom().failure(new StateConflict(
                                "this cart's order is being placed by another request",
                                Map.of("reason", "placement-in-progress")));
                    }
                    return reserve(new Prepared(cart, quote, orderId, null, null, true));
                });
    }

    /** The same key again while its claim is open (a retry): the claim's order id and quote carry on. */
    private Uni<Prepared> resume(Prepared claimed) {
        return Panache.withSession(() -> orders.find(claimed.orderId())).chain(order -> {
            if (order.isPresent()) {
                return Uni.createFrom().item(claimed); // placed: the idempotent step replays it
            }
            return Panache.withSession(() -> quotes.findValid(claimed.cart().id(), claimed.cart().version(),
                            clock.instant()))
                    .chain(quote -> quote.isEmpty()
                            ? Uni.createFrom().failure(new StateConflict("the quote of this placement is no longer "
                                    + "valid; ask for a new quote", Map.of("reason", "quote-expired")))
                            : reserve(new Prepared(claimed.cart(), quote.get(), claimed.orderId(), null, null, false)));
        });
    }

    private Uni<Prepared> reserve(Prepared p) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        p.quote().lines().forEach(l -> lines.merge(l.sku(), l.quantity(), Integer::sum));
        return fulfillment.reserve(p.orderId().toString(), p.cart().market(), lines, config.quotes().ttl())
                .onFailure().call(e -> p.fresh() ? dropClaim(p) : Uni.createFrom().voidItem())
                .chain(result -> switch (result) {
                    case ReservationResult.Held held -> Uni.createFrom().item(new Prepared(p.cart(), p.quote(),
                            p.orderId(), held.reservationId(), held.expiresAt(), p.fresh()));
                    case ReservationResult.InsufficientStock s -> dropClaim(p).chain(() -> Uni.createFrom()
                            .failure(new StateConflict("not enough stock for " + s.skus() + "; nothing was reserved",
                                    Map.of("reason", "insufficient-stock", "skus", s.skus()))));
                    case ReservationResult.Refused r -> dropClaim(p).chain(() -> Uni.createFrom()
                            .failure(new StateConflict("fulfillment refused the reservation: " + r.detail(),
                                    Map.of("reason", "reservation-refused"))));
                });
    }

    /** The order's transaction (inside the idempotent step). */
    private Uni<PlacedOrder> complete(Prepared p) {
        Instant now = clock.instant();
        return orders.find(p.orderId()).chain(existing -> {
            if (existing.isPresent()) {
                return Uni.createFrom().item(new PlacedOrder(existing.get(), false));
            }
            if (p.quote() == null) {
                return Uni.createFrom().failure(new StateConflict("this placement did not finish; place the order "
                        + "again with a new Idempotency-Key", Map.of("reason", "placement-incomplete")));
            }
            return cartRows.findForUpdate(p.cart().id()).chain(cart -> placements.findForUpdate(p.cart().id())
                    .chain(claim -> {
                        Cart current = cart.orElseThrow(() -> new NotFound("cart", p.cart().id()));
                        current.requireOpen(now);
                        if (current.version() != p.quote().cartVersion()) {
                            throw new StateConflict("the cart changed after it was quoted; ask for a new quote",
                                    Map.of("reason", "cart-changed"));
                        }
                        if (claim.isEmpty() || !claim.get().orderId().equals(p.orderId()) || claim.get().placed()) {
                            throw new StateConflict("this cart's placement was taken over by another request",
                                    Map.of("reason", "placement-in-progress"));
                        }
                        return orders.nextNumber(current.market()).chain(number -> {
                            Order order = Order.place(p.orderId(), number, current, p.quote(), p.reservationId(),
                                    p.reservationExpiresAt(), now);
                            List<AxisChange> changes = List.of(new AxisChange("order", null,
                                            order.state().order().name()),
                                    new AxisChange("payment", null, order.state().payment().name()),
                                    new AxisChange("fulfillment", null, order.state().fulfillment().name()),
                                    new AxisChange("returns", null, order.state().returns().name()));
                            return promotions.reserve(order.id(), order.customer(), order.currency().getCurrencyCode(),
                                            p.quote().promotions())
                                    .chain(() -> orders.insert(order))
                                    .call(() -> cartRows.update(current.ordered(now)))
                                    .call(() -> placements.markPlaced(current.id(), order.id()))
                                    .call(() -> history.append(order.id(), changes, "placed", "order " + number, now))
                                    .call(saved -> events.orderPlaced(saved, changes, now))
                                    .call(() -> history.recordChange(order.id(), "placed", now))
                                    .map(saved -> new PlacedOrder(saved, true));
                        });
                    }));
        });
    }

    /** The order's transaction failed after the stock was reserved: drop the claim, then release the stock. */
    private Uni<Void> compensate(Prepared p, Throwable failure) {
        LOG.debugf("placement of cart %s failed, compensating: %s", p.cart().id(), failure.getMessage());
        return dropClaim(p).chain(() -> p.reservationId() == null ? Uni.createFrom().voidItem()
                        : fulfillment.release(p.reservationId()))
                .onFailure().recoverWithUni(e -> {
                    // The hold expires at its TTL anyway (fulfillment's expiry sweep); the shopper's answer stands.
                    LOG.warnf("reservation %s of a failed placement could not be released now: %s", p.reservationId(),
                            e.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    private Uni<Void> dropClaim(Prepared p) {
        return Panache.withTransaction(() -> placements.drop(p.cart().id(), p.orderId())).replaceWithVoid();
    }

    /**
     * What the order's transaction works from. {@code fresh}: this request made the claim (and compensates on
     * failure); false for a retry under the same key.
     */
    private record Prepared(Cart cart, CheckoutQuote quote, UUID orderId, UUID reservationId,
                            Instant reservationExpiresAt, boolean fresh) {
    }

    private record Loaded(Cart cart, CheckoutQuote quote, Prepared resumed) {
    }
}
