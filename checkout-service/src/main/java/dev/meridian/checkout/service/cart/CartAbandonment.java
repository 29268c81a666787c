package dev.meridian.checkout.service.cart;

import dev.meridian.checkout.config.CheckoutConfig;
import dev.meridian.checkout.messaging.CheckoutEvents;
import dev.meridian.checkout.persistence.CartRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes {@code cart.abandoned} once for every open cart with an e-mail that was left untouched for
 * {@code checkout.carts.abandoned-after}, so a CRM can send the reminder. Rows another instance is handling are
 * skipped; the event and the mark commit together.
 */
@ApplicationScoped
public class CartAbandonment {

    private static final int BATCH = 100;

    private final CartRepository carts;
    private final CartService pricing;
    private final CheckoutEvents events;
    private final CheckoutConfig config;
    private final Clock clock;

    public CartAbandonment(CartRepository carts, CartService pricing, CheckoutEvents events, CheckoutConfig config,
                           Clock clock) {
        this.carts = carts;
        this.pricing = pricing;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${checkout.carts.abandonment-interval:1m}", delay = 30,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    Uni<Void> tick() {
        return sweep().replaceWithVoid();
    }

    /** Reports the carts abandoned by now; returns how many. */
    public Uni<Integer> sweep() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> carts.lockAbandoned(now.minus(config.carts().abandonedAfter()), BATCH)
                .chain(due -> Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(cart -> pricing
                                .price(cart).chain(priced -> {
                                    Map<String, Object> data = new LinkedHashMap<>();
                                    data.put("cartId", cart.id().toString());
                                    data.put("market", cart.market());
                                    data.put("currency", cart.currency().getCurrencyCode());
                                    data.put("locale", cart.locale());
                                    if (cart.customer() != null) {
                                        data.put("customerId", cart.customer());
                                    }
                                    data.put("email", cart.email());
                                    data.put("lines", priced.lines().stream().map(l -> {
                                        Map<String, Object> line = new LinkedHashMap<>();
                                        line.put("sku", l.line().sku());
                                        line.put("quantity", l.line().quantity());
                                        if (l.counted()) {
                                            line.put("unitPrice", l.unitPrice());
                                        }
                                        return line;
                                    }).toList());
                                    data.put("total", priced.total());
                                    data.put("lastTouchedAt", cart.updatedAt().toString());
                                    data.put("abandonedAt", now.toString());
                                    return events.cartAbandoned(data, cart.id().toString())
                                            .chain(() -> carts.markAbandoned(cart.id(), now));
                                }))
                        .collect().asList().map(List::size)));
    }

    /** Off where tests drive the sweep themselves with a moved clock. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final CheckoutConfig config;

        public Disabled(CheckoutConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.carts().abandonmentEnabled();
        }
    }
}
