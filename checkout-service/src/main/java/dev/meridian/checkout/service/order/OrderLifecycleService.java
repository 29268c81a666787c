package dev.meridian.checkout.service.order;

import dev.meridian.checkout.client.fulfillment.FulfillmentClient;
import dev.meridian.checkout.domain.order.FulfillmentStatus;
import dev.meridian.checkout.domain.order.IllegalTransition;
import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderEvent;
import dev.meridian.checkout.messaging.CheckoutEvents;
import dev.meridian.checkout.persistence.OrderHistoryRepository;
import dev.meridian.checkout.persistence.OrderRepository;
import dev.meridian.checkout.service.promotion.PromotionService;
import dev.meridian.platform.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves orders along their axes: every applied event is, in one transaction, the order's new state, its timeline
 * entries, the event in the outbox and a change-feed entry. A cancellation also releases the promotion
 * redemptions; the stock hold is released at fulfillment after the commit (and order.cancelled names it, so
 * fulfillment can release it on its own).
 */
@ApplicationScoped
public class OrderLifecycleService {

    private static final Logger LOG = Logger.getLogger(OrderLifecycleService.class);

    private final OrderRepository orders;
    private final OrderHistoryRepository history;
    private final CheckoutEvents events;
    private final PromotionService promotions;
    private final FulfillmentClient fulfillment;
    private final Clock clock;

    public OrderLifecycleService(OrderRepository orders, OrderHistoryRepository history, CheckoutEvents events,
                                 PromotionService promotions, FulfillmentClient fulfillment, Clock clock) {
        this.orders = orders;
        this.history = history;
        this.events = events;
        this.promotions = promotions;
        this.fulfillment = fulfillment;
        this.clock = clock;
    }

    /**
     * Applies an event reported by another service, in the caller's (inbox) transaction. An order checkout does not
     * know is not checkout's (empty); an event the order's state refuses is kept on its timeline and changes
     * nothing (the reporting service has to compensate, e.g. void a late authorisation).
     */
    public Uni<Optional<Order.Transition>> report(String orderId, OrderEvent event) {
        UUID id;
        try {
            id = UUID.fromString(orderId);
        } catch (IllegalArgumentException notOurs) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.withTransaction(() -> orders.findForUpdate(id).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<Order.Transition>empty());
            }
            Order order = found.get();
            Instant now = clock.instant();
            try {
                Order.Transition t = order.apply(event, now);
                return record(order, t, now).map(Optional::of);
            } catch (IllegalTransition refused) {
                LOG.warnf("order %s refused %s: %s", order.number(), event.name(), refused.getMessage());
                return history.append(order.id(), java.util.List.of(), event.name() + "-refused",
                        refused.getMessage(), now).replaceWith(Optional.<Order.Transition>empty());
            }
        }));
    }

    /** Cancels an order for its buyer or a merchant; refused (409) once anything has been dispatched. */
    public Uni<Order> cancel(UUID orderId, OrderAccess access, OrderEvent.Cancelled cancel) {
        return Panache.withTransaction(() -> orders.findForUpdate(orderId).chain(found -> {
            Order order = found.filter(access::admits).orElseThrow(() -> new NotFound("order", orderId));
            Instant now = clock.instant();
            Order.Transition t = order.apply(cancel, now);
            return record(order, t, now).replaceWith(t);
        })).call(this::releaseStock).map(Order.Transition::order);
    }

    /** After the commit: gives the held stock back at fulfillment when the event released it (best effort). */
    public Uni<Void> releaseStock(Order.Transition t) {
        boolean released = t.result().changes().stream().anyMatch(c -> c.axis().equals("fulfillment")
                && FulfillmentStatus.RELEASED.name().equals(c.to()));
        if (!released || t.order().reservationId() == null || t.event() instanceof OrderEvent.ReservationExpired) {
            return Uni.createFrom().voidItem();
        }
        return fulfillment.release(t.order().reservationId()).onFailure().recoverWithUni(e -> {
            LOG.warnf("reservation %s of order %s could not be released now (it expires at its TTL): %s",
                    t.order().reservationId(), t.order().number(), e.getMessage());
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Order.Transition> record(Order before, Order.Transition t, Instant now) {
        if (!t.result().changed() && t.order() == before) {
            return Uni.createFrom().item(t);
        }
        boolean cancelled = t.result().changes().stream().anyMatch(c -> c.axis().equals("order")
                && "CANCELLED".equals(c.to()));
        return orders.update(t.order()).chain(saved -> {
            Order.Transition stored = new Order.Transition(saved, t.event(), t.result());
            return (cancelled ? promotions.release(saved.id()).replaceWithVoid() : Uni.createFrom().voidItem())
                    .chain(() -> history.append(saved.id(), t.result().changes(), t.event().name(), null, now))
                    .chain(() -> events.transition(saved, t.event(), t.result().changes(), now))
                    .chain(() -> history.recordChange(saved.id(), t.event().name(), now))
                    .replaceWith(stored);
        });
    }
}
