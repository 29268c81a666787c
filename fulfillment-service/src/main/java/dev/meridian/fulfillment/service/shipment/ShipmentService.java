package dev.meridian.fulfillment.service.shipment;

import dev.meridian.fulfillment.client.carrier.CarrierGateways;
import dev.meridian.fulfillment.config.FulfillmentConfig;
import dev.meridian.fulfillment.domain.carrier.CarrierGateway;
import dev.meridian.fulfillment.domain.carrier.LabelFormat;
import dev.meridian.fulfillment.domain.carrier.LabelOutcome;
import dev.meridian.fulfillment.domain.carrier.LabelPurchase;
import dev.meridian.fulfillment.domain.carrier.LabelRequest;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import dev.meridian.fulfillment.domain.shipment.ShipmentState;
import dev.meridian.fulfillment.domain.shipment.Transition;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.messaging.FulfillmentEvents;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.ShipmentRepository;
import dev.meridian.fulfillment.persistence.ShippingConfigRepository;
import dev.meridian.fulfillment.persistence.StockRepository;
import dev.meridian.fulfillment.service.KnownReferences;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ShipmentService {

    private final KnownReferences references;
    private final CarrierGateways carriers;
    private final ShipmentRepository shipments;
    private final ShippingConfigRepository shippingConfig;
    private final StockRepository stock;
    private final StockEvents stockEvents;
    private final FulfillmentEvents events;
    private final Clock clock;
    private final LabelPurchase purchase;

    public ShipmentService(KnownReferences references, CarrierGateways carriers, ShipmentRepository shipments,
                           ShippingConfigRepository shippingConfig, StockRepository stock, StockEvents stockEvents,
                           FulfillmentEvents events, Clock clock, FulfillmentConfig config) {
        this.references = references;
        this.carriers = carriers;
        this.shipments = shipments;
        this.shippingConfig = shippingConfig;
        this.stock = stock;
        this.stockEvents = stockEvents;
        this.events = events;
        this.clock = clock;
        this.purchase = new LabelPurchase(config.labels().maxAttempts());
    }

    /**
     * Stores a new shipment awaiting its label, in the caller's transaction when there is one (the one that keeps
     * the Idempotency-Key). Everything a label purchase needs is checked first (location, SKUs, service and an
     * adapter for its carrier), so a refusal stores nothing. The label is bought afterwards by
     * {@link #labelIfAwaiting}, outside any transaction: a failed purchase leaves a visible label-failed shipment,
     * and a retry finds the stored shipment again.
     */
    public Uni<Shipment> create(CreateShipmentCommand command) {
        return Panache.withTransaction(() -> references.requireLocation("fromLocation", command.fromLocation())
                .chain(location -> references.requireSkus(KnownReferences.skuFields(
                                command.lines().stream().map(ShipmentLine::sku).toList()))
                        .chain(() -> carrierOf(command.service()))
                        .chain(carrier -> {
                            Instant now = clock.instant();
                            Shipment shipment = Shipment.create(command.orderId(), command.market(),
                                    location.code(), location.country(), command.destinationCountry(), carrier,
                                    command.service(), command.lines(), command.parcels(), command.customs(), now);
                            return shipments.insert(shipment, command.customerId(), now).replaceWith(shipment);
                        })));
    }

    /** Buys the label of a shipment still awaiting its first one; any other shipment is answered as it is. */
    public Uni<Shipment> labelIfAwaiting(UUID id) {
        return get(id).chain(shipment -> shipment.state() instanceof ShipmentState.AwaitingLabel
                ? purchaseLabel(shipment) : Uni.createFrom().item(shipment));
    }

    /** (Re)tries the label of a shipment still awaiting one, or whose last purchase failed. */
    public Uni<Shipment> buyLabel(UUID id) {
        return get(id).chain(shipment -> shipment.state() instanceof ShipmentState.AwaitingLabel
                || shipment.state() instanceof ShipmentState.LabelFailed
                ? purchaseLabel(shipment) : Uni.createFrom().item(shipment));
    }

    /**
     * The carrier call runs outside any transaction; the carrier sees the shipment id as idempotency key, so a
     * purchase repeated after a lost answer or by a concurrent retry returns the same label instead of a second one.
     */
    private Uni<Shipment> purchaseLabel(Shipment shipment) {
        CarrierGateway gateway = carriers.find(shipment.carrier()).orElseThrow(() -> new RuleViolation("service",
                "no adapter for carrier '" + shipment.carrier() + "'"));
        Context context = Vertx.currentContext();
        // Carrier adapters block (HTTP); run them off the event loop, then come back to it for the DB.
        return Uni.createFrom().item(() -> purchase.buy(gateway, LabelRequest.of(shipment, LabelFormat.PDF)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()))
                .chain(outcome -> Panache.withTransaction(() -> load(shipment.id()).chain(current -> {
                    if (!(current.state() instanceof ShipmentState.AwaitingLabel
                            || current.state() instanceof ShipmentState.LabelFailed)) {
                        return Uni.createFrom().item(current); // a concurrent purchase recorded it first
                    }
                    Shipment next = switch (outcome) {
                        case LabelOutcome.Created c -> current.labelled(c.label().trackingNumber());
                        case LabelOutcome.Failed f -> current.labelFailed(f.reason());
                    };
                    return shipments.update(next, clock.instant()).replaceWith(next);
                })));
    }

    public Uni<Shipment> get(UUID id) {
        return Panache.withSession(() -> load(id));
    }

    public Uni<Shipment> dispatch(UUID id) {
        return Panache.withTransaction(() -> load(id).chain(current -> apply(current.dispatch(clock.instant()))));
    }

    /** Saves a transition and records the milestone events it reached, in the caller's transaction. */
    public Uni<Shipment> apply(Transition transition) {
        if (!transition.changed()) {
            return Uni.createFrom().item(transition.shipment());
        }
        Shipment next = transition.shipment();
        Instant now = clock.instant();
        Uni<?> milestones = Uni.createFrom().voidItem();
        if (transition.dispatchedNow()) {
            milestones = milestones.chain(() -> releaseAllocation(next))
                    .chain(() -> events.shipmentDispatched(next, stateAt(next, now)));
        }
        if (transition.deliveredNow()) {
            milestones = milestones.chain(() -> events.shipmentDelivered(next, stateAt(next, now)));
        }
        return milestones.chain(() -> shipments.update(next, now)).replaceWith(next);
    }

    /**
     * ADR 031: dispatch is when allocated units leave on-hand. Only units allocated to this order (a confirmed
     * reservation) at the shipping location move; a shipment without one changes no stock (an admin adjusts it).
     */
    private Uni<Void> releaseAllocation(Shipment shipment) {
        Map<String, Integer> bySku = new LinkedHashMap<>();
        shipment.lines().forEach(l -> bySku.merge(l.sku(), l.quantity(), Integer::sum));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var line : bySku.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            StockKey key = new StockKey(line.getKey(), shipment.fromLocation());
            chain = chain.chain(() -> stock.dispatch(shipment.orderId(), key, line.getValue()))
                    .chain(taken -> taken > 0 ? stockEvents.changed(key, "dispatched") : Uni.createFrom().voidItem());
        }
        return chain;
    }

    private static Instant stateAt(Shipment s, Instant fallback) {
        return switch (s.state()) {
            case ShipmentState.Dispatched d -> d.at();
            case ShipmentState.InTransit t -> t.at();
            case ShipmentState.OutForDelivery o -> o.at();
            case ShipmentState.Delivered d -> d.at();
            default -> fallback;
        };
    }

    private Uni<Shipment> load(UUID id) {
        return shipments.find(id).map(found -> found.orElseThrow(() -> new NotFound("shipment", id)).value());
    }

    private Uni<String> carrierOf(String service) {
        return shippingConfig.carrierOf(service).map(found -> {
            String carrier = found.orElseThrow(() ->
                    new RuleViolation("service", "unknown shipping service '" + service + "'"));
            if (carriers.find(carrier).isEmpty()) {
                throw new RuleViolation("service", "service '" + service + "' ships with carrier '" + carrier
                        + "', which has no adapter: no label can be bought for it");
            }
            return carrier;
        });
    }
}
