package dev.meridian.checkout.service.cart;

import dev.meridian.checkout.config.CheckoutConfig;
import dev.meridian.checkout.domain.cart.Cart;
import dev.meridian.checkout.domain.cart.CartLimits;
import dev.meridian.checkout.domain.cart.CartMerge;
import dev.meridian.checkout.domain.cart.CartOwner;
import dev.meridian.checkout.domain.cart.CartPricing;
import dev.meridian.checkout.domain.cart.CartStatus;
import dev.meridian.checkout.domain.cart.CartToken;
import dev.meridian.checkout.domain.cart.PricedCart;
import dev.meridian.checkout.domain.catalog.SalesMarket;
import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.checkout.domain.checkout.AddressRules;
import dev.meridian.checkout.domain.checkout.EmailAddress;
import dev.meridian.checkout.domain.checkout.ShippingAddress;
import dev.meridian.checkout.domain.promotion.PricingContext;
import dev.meridian.checkout.domain.promotion.Promotion;
import dev.meridian.platform.money.Money;
import dev.meridian.checkout.persistence.CartRepository;
import dev.meridian.checkout.service.catalog.SellableVariantService;
import dev.meridian.checkout.service.promotion.PromotionService;
import dev.meridian.checkout.domain.promotion.CodeRefused;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Cart use cases. Each change runs in one transaction: load the cart (only its owner finds it), check the version
 * the client read, apply the change in the domain, price the cart again from the read model and the promotions,
 * store it. Without {@code If-Match} a concurrent change is retried on the server; with it, the client is told.
 */
@ApplicationScoped
public class CartService {

    private static final int CONCURRENT_RETRIES = 3;

    private final CartRepository carts;
    private final SellableVariantService variants;
    private final PromotionService promotions;
    private final Clock clock;
    private final CartLimits limits;
    private final Duration anonymousTtl;
    private final Duration customerTtl;

    public CartService(CartRepository carts, SellableVariantService variants, PromotionService promotions,
                       Clock clock, CheckoutConfig config) {
        this.carts = carts;
        this.variants = variants;
        this.promotions = promotions;
        this.clock = clock;
        this.limits = new CartLimits(config.carts().maxLines(), config.carts().maxQuantityPerLine(),
                config.carts().maxUnits());
        this.anonymousTtl = config.carts().anonymousTtl();
        this.customerTtl = config.carts().customerTtl();
    }

    /**
     * Opens a cart in a market. An anonymous shopper gets a new cart and its token; a signed-in customer gets their
     * open cart in that market, or a new one.
     */
    public Uni<CreatedCart> create(CreateCartCommand command) {
        RuleViolation.require(command.market() != null && command.market().matches("[A-Z]{2}"), "market",
                "must be a market code such as DE");
        String locale = locale(command.locale());
        Instant now = clock.instant();
        return Panache.withTransaction(() -> variants.market(command.market()).chain(found -> {
            SalesMarket market = found.orElseThrow(() -> new RuleViolation("market",
                    "nothing is sold in market " + command.market()));
            if (!command.caller().signedIn()) {
                String token = CartToken.generate();
                Cart cart = Cart.open(UUID.randomUUID(), new CartOwner.Anonymous(CartToken.hash(token)), market,
                        locale, now, anonymousTtl);
                return carts.insert(cart).chain(this::price).map(p -> new CreatedCart(p, token, true));
            }
            String subject = command.caller().subject();
            return carts.findOpenOf(subject, market.code()).chain(existing -> {
                if (existing.isPresent() && !existing.get().isExpired(now)) {
                    return price(existing.get()).map(p -> new CreatedCart(p, null, false));
                }
                Uni<Void> retireExpired = existing.isPresent()
                        ? carts.update(expired(existing.get(), now)).replaceWithVoid()
                        : Uni.createFrom().voidItem();
                Cart cart = Cart.open(UUID.randomUUID(), new CartOwner.Customer(subject), market, locale, now,
                        customerTtl);
                return retireExpired.chain(() -> carts.insert(cart)).chain(this::price)
                        .map(p -> new CreatedCart(p, null, true));
            });
        }));
    }

    public Uni<PricedCart> get(UUID cartId, CartCaller caller) {
        return Panache.withSession(() -> load(cartId, caller).chain(cart -> {
            if (cart.isExpired(clock.instant())) {
                cart.requireOpen(clock.instant());
            }
            return price(cart);
        }));
    }

    public Uni<List<PricedCart>> openCartsOf(String subject) {
        Instant now = clock.instant();
        return Panache.withSession(() -> carts.openCartsOf(subject).chain(list -> Multi.createFrom()
                .iterable(list.stream().filter(c -> !c.isExpired(now)).toList())
                .onItem().transformToUniAndConcatenate(this::price).collect().asList()));
    }

    /** Sets the quantity of one variant (0 removes it); more of a variant the market does not sell is refused. */
    public Uni<PricedCart> setQuantity(CartRef ref, String sku, int quantity) {
        RuleViolation.require(sku != null && !sku.isBlank() && sku.length() <= 64, "sku", "is required (at most 64 characters)");
        return change(ref, Set.of(sku), (cart, now, sellability) -> cart.setQuantity(sku, quantity,
                sellability.get(sku), limits, now, ttl(cart)));
    }

    public Uni<PricedCart> removeLine(CartRef ref, String sku) {
        return change(ref, Set.of(), (cart, now, sellability) -> cart.removeLine(sku, now, ttl(cart)));
    }

    /**
     * Adds a discount code. A code that cannot apply at all (unknown, expired, limit reached...) is refused with its
     * reason and not kept; one that may apply once the cart changes (minimum spend not reached...) is kept and
     * reported as not applicable.
     */
    public Uni<PricedCart> addDiscountCode(CartRef ref, String code) {
        String normalised = Promotion.normaliseCode(code);
        RuleViolation.require(normalised != null && normalised.matches("[A-Z0-9_-]{1,40}"), "code",
                "is not a discount code");
        return change(ref, Set.of(), (cart, now, sellability) -> cart.withDiscountCode(normalised, now, ttl(cart)),
                priced -> priced.promotions().codes().stream()
                        .filter(c -> c.code().equals(normalised) && !c.applied() && !c.refusal().keeps())
                        .findFirst().ifPresent(refused -> {
                            throw new CodeRefused(refused);
                        }));
    }

    public Uni<PricedCart> removeDiscountCode(CartRef ref, String code) {
        String normalised = Promotion.normaliseCode(code);
        return change(ref, Set.of(), (cart, now, sellability) -> cart.withoutDiscountCode(normalised, now, ttl(cart)));
    }

    public Uni<PricedCart> setEmail(CartRef ref, String email) {
        String valid = EmailAddress.validate(email);
        return change(ref, Set.of(), (cart, now, sellability) -> cart.withEmail(valid, now, ttl(cart)));
    }

    public Uni<PricedCart> setShippingAddress(CartRef ref, ShippingAddress address) {
        ShippingAddress valid = AddressRules.validate(address);
        return change(ref, Set.of(), (cart, now, sellability) -> cart.withShippingAddress(valid, now, ttl(cart)));
    }

    /** Records the chosen shipping service; its price is confirmed by fulfillment when the checkout is quoted. */
    public Uni<PricedCart> setShippingService(CartRef ref, String service) {
        RuleViolation.require(service != null && service.matches("[a-z0-9-]{1,40}"), "service",
                "is not a shipping service code");
        return change(ref, Set.of(), (cart, now, sellability) -> {
            if (cart.shippingAddress() == null) {
                throw new StateConflict("give the shipping address before choosing how to ship");
            }
            return cart.withShippingService(service, now, ttl(cart));
        });
    }

    /**
     * After sign-in: the anonymous cart (proven by its token) joins the customer's open cart of the same market
     * by the rules of {@link CartMerge}, or becomes the customer's cart if there is none. Merging the same
     * anonymous cart again answers the same customer cart (the anonymous cart is the natural key).
     */
    public Uni<MergeOutcome> merge(UUID anonymousCartId, String subject, String cartToken) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> carts.find(anonymousCartId).chain(found -> {
            Cart source = found.filter(c -> c.status() == CartStatus.OPEN
                    && (c.isAnonymous() && c.owner().admits(null, cartToken) || subject.equals(c.customer())))
                    .orElse(null);
            if (source == null) {
                // A retry after a merge: the anonymous cart now points at the customer's cart.
                return found.filter(c -> c.mergedInto() != null && c.owner().admits(null, cartToken))
                        .map(c -> load(c.mergedInto(), new CartCaller(subject, null)).chain(this::price)
                                .map(p -> new MergeOutcome(p, List.<String>of())))
                        .orElseGet(() -> Uni.createFrom().failure(new NotFound("cart", anonymousCartId)));
            }
            if (subject.equals(source.customer())) {
                return price(source).map(p -> new MergeOutcome(p, List.of()));
            }
            return carts.findOpenOf(subject, source.market()).chain(target -> {
                if (target.isEmpty() || target.get().isExpired(now)) {
                    Uni<Void> retire = target.isPresent() ? carts.update(expired(target.get(), now)).replaceWithVoid()
                            : Uni.createFrom().voidItem();
                    return retire.chain(() -> carts.update(source.adoptedBy(subject, now, customerTtl)))
                            .chain(this::price).map(p -> new MergeOutcome(p, List.of()));
                }
                CartMerge.Result merged = CartMerge.merge(source, target.get(), limits, now, customerTtl);
                return carts.update(merged.source()).chain(() -> carts.update(merged.target()))
                        .chain(this::price).map(p -> new MergeOutcome(p, merged.notes()));
            });
        }));
    }

    /** The cart priced now, in the caller's session. */
    public Uni<PricedCart> price(Cart cart) {
        Set<String> skus = new LinkedHashSet<>();
        cart.lines().forEach(l -> skus.add(l.sku()));
        return variants.sellability(skus, cart.market(), cart.currency())
                .chain(sellability -> price(cart, sellability, null));
    }

    /** The cart priced with a known shipping price (checkout quote), in the caller's session. */
    public Uni<PricedCart> price(Cart cart, Map<String, Sellability> sellability, Money shipping) {
        var context = new PricingContext(cart.market(), cart.currency(),
                CartPricing.pricingLines(cart, sellability), shipping, cart.customer(), clock.instant());
        return promotions.evaluate(context, cart.discountCodes())
                .map(outcome -> CartPricing.price(cart, sellability, outcome, shipping));
    }

    /** The cart for its owner; anyone else is told it does not exist. */
    public Uni<Cart> load(UUID cartId, CartCaller caller) {
        return carts.find(cartId).map(found -> found
                .filter(c -> c.owner().admits(caller.subject(), caller.cartToken()))
                .orElseThrow(() -> new NotFound("cart", cartId)));
    }

    @FunctionalInterface
    private interface Change {
        Cart apply(Cart cart, Instant now, Map<String, Sellability> sellability);
    }

    private Uni<PricedCart> change(CartRef ref, Set<String> extraSkus, Change change) {
        return change(ref, extraSkus, change, priced -> {
        });
    }

    /** @param check runs on the priced next cart before it is stored; a failure there changes nothing */
    private Uni<PricedCart> change(CartRef ref, Set<String> extraSkus, Change change,
                                   java.util.function.Consumer<PricedCart> check) {
        Uni<PricedCart> attempt = Panache.withTransaction(() -> load(ref.cartId(), ref.caller()).chain(cart -> {
            Instant now = clock.instant();
            cart.requireOpen(now);
            cart.requireVersion(ref.ifMatch());
            Set<String> skus = new LinkedHashSet<>(extraSkus);
            cart.lines().forEach(l -> skus.add(l.sku()));
            return variants.sellability(skus, cart.market(), cart.currency()).chain(sellability -> {
                Cart next = change.apply(cart, now, sellability);
                // Priced against what the shopper saw before (warnings), then stored with today's prices as seen.
                return price(next, sellability, null).invoke(check).chain(priced -> carts
                        .update(next.seenPrices(CartPricing.currentPrices(sellability)))
                        .map(stored -> new PricedCart(stored, priced.lines(), priced.promotions(), priced.warnings(),
                                priced.subtotal(), priced.discount(), priced.shipping(), priced.shippingDiscount(),
                                priced.total())));
            });
        }));
        return ref.ifMatch() != null ? attempt
                : attempt.onFailure(CartService::concurrentChange).retry().atMost(CONCURRENT_RETRIES);
    }

    private static boolean concurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("StaleObjectStateException") || name.equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private Duration ttl(Cart cart) {
        return cart.isAnonymous() ? anonymousTtl : customerTtl;
    }

    private static Cart expired(Cart cart, Instant now) {
        return new Cart(cart.id(), cart.owner(), cart.market(), cart.currency(), cart.locale(), cart.taxInclusive(),
                CartStatus.EXPIRED, cart.lines(), cart.discountCodes(), cart.email(),
                cart.shippingAddress(), cart.shippingService(), cart.mergedInto(), cart.version(), cart.createdAt(),
                now, cart.expiresAt());
    }

    private static String locale(String locale) {
        RuleViolation.require(locale != null && locale.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") && locale.length() <= 35,
                "locale", "must be a BCP 47 language tag such as de-DE");
        return Locale.forLanguageTag(locale).toLanguageTag();
    }
}
