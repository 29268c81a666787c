package dev.meridian.checkout.messaging;

import dev.meridian.checkout.domain.order.Order;
import dev.meridian.checkout.domain.order.OrderEvent;
import dev.meridian.checkout.service.catalog.SellableVariantService;
import dev.meridian.checkout.service.catalog.StockChangeCommand;
import dev.meridian.checkout.service.order.OrderLifecycleService;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Fulfillment's facts checkout acts on, once per event id (inbox): stock availability for the read model; shipments
 * dispatched, holds expired and returns received for the orders' fulfillment, order and return axes.
 */
@ApplicationScoped
public class FulfillmentEventsConsumer {

    static final String STOCK_CONSUMER = "checkout.fulfillment-stock";
    static final String ORDER_CONSUMER = "checkout.fulfillment-orders";

    private final IdempotentConsumer consumer;
    private final SellableVariantService variants;
    private final OrderLifecycleService lifecycle;

    public FulfillmentEventsConsumer(IdempotentConsumer consumer, SellableVariantService variants,
                                     OrderLifecycleService lifecycle) {
        this.consumer = consumer;
        this.variants = variants;
        this.lifecycle = lifecycle;
    }

    @Incoming("fulfillment-events")
    public Uni<Void> consume(String message) {
        AtomicReference<Optional<Order.Transition>> applied = new AtomicReference<>(Optional.empty());
        return consumer.consume(STOCK_CONSUMER, message, EventTypes.FULFILLMENT_STOCK_CHANGED::equals,
                        StockChangedData.class, (event, stock) -> variants.apply(new StockChangeCommand(stock.sku(),
                                stock.location(), stock.available(), stock.changedAt())))
                .chain(() -> consumer.consume(ORDER_CONSUMER, message,
                        EventTypes.FULFILLMENT_SHIPMENT_DISPATCHED::equals, ShipmentDispatchedData.class,
                        (event, d) -> lifecycle.report(d.orderId(), new OrderEvent.ShipmentDispatched(d.shipmentId(),
                                units(d.lines().stream().map(l -> Map.entry(l.sku(), l.quantity())).toList())))
                                .invoke(applied::set)))
                .chain(() -> consumer.consume(ORDER_CONSUMER, message,
                        EventTypes.FULFILLMENT_RESERVATION_EXPIRED::equals, ReservationExpiredData.class,
                        (event, d) -> lifecycle.report(d.orderId(), new OrderEvent.ReservationExpired())
                                .invoke(applied::set)))
                .chain(() -> consumer.consume(ORDER_CONSUMER, message,
                        EventTypes.FULFILLMENT_RETURN_RECEIVED::equals, ReturnReceivedData.class,
                        (event, d) -> lifecycle.report(d.orderId(), new OrderEvent.ReturnReceived(d.returnId(),
                                units(d.lines().stream().map(l -> Map.entry(l.sku(), l.quantity())).toList())))
                                .invoke(applied::set)))
                .chain(() -> applied.get().map(lifecycle::releaseStock).orElse(Uni.createFrom().voidItem()));
    }

    private static Map<String, Integer> units(java.util.List<Map.Entry<String, Integer>> lines) {
        Map<String, Integer> units = new LinkedHashMap<>();
        lines.forEach(e -> units.merge(e.getKey(), e.getValue(), Integer::sum));
        return units;
    }
}
