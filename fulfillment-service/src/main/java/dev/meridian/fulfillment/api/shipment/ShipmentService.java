package dev.meridian.fulfillment.api.shipment;

import dev.meridian.fulfillment.api.KnownReferences;
import dev.meridian.fulfillment.carrier.CarrierGateways;
import dev.meridian.fulfillment.config.FulfillmentConfig;
import dev.meridian.fulfillment.domain.FulfillmentRuleViolation;
import dev.meridian.fulfillment.domain.carrier.LabelFormat;
import dev.meridian.fulfillment.domain.carrier.LabelOutcome;
import dev.meridian.fulfillment.domain.carrier.LabelPurchase;
import dev.meridian.fulfillment.domain.carrier.LabelRequest;
import dev.meridian.fulfillment.domain.shipment.CommercialInvoiceLine;
import dev.meridian.fulfillment.domain.shipment.CustomsDeclaration;
import dev.meridian.fulfillment.domain.shipment.Parcel;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import dev.meridian.fulfillment.domain.shipment.ShipmentState;
import dev.meridian.fulfillment.domain.shipment.Transition;
import dev.meridian.fulfillment.domain.shipping.Incoterm;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.messaging.FulfillmentEvents;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.StockStore;
import dev.meridian.fulfillment.messaging.ShipmentDeliveredData;
import dev.meridian.fulfillment.messaging.ShipmentDispatchedData;
import dev.meridian.fulfillment.persistence.ShipmentEntity;
import dev.meridian.fulfillment.persistence.ShipmentMapper;
import dev.meridian.platform.outbox.Outbox;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ShipmentService {

    private final KnownReferences references;
    private final CarrierGateways carriers;
    private final Outbox outbox;
    private final Clock clock;
    private final LabelPurchase purchase;
    private final StockStore stock;
    private final StockEvents stockEvents;

    public ShipmentService(KnownReferences references, CarrierGateways carriers, Outbox outbox, Clock clock,
                           FulfillmentConfig config, StockStore stock, StockEvents stockEvents) {
        this.stock = stock;
        this.stockEvents = stockEvents;
        this.references = references;
        this.carriers = carriers;
        this.outbox = outbox;
        this.clock = clock;
        this.purchase = new LabelPurchase(config.labels().maxAttempts());
    }

    /** Stores the shipment first, then buys its label: a failed purchase leaves a visible label-failed shipment. */
    public Uni<Shipment> create(CreateShipmentRequest request) {
        return Panache.withTransaction(() -> references.requireLocation("fromLocation", request.fromLocation())
                .chain(location -> references.requireSkus(skuFields(request))
                        .chain(() -> carrierOf(request.service()))
                        .chain(carrier -> {
                            Shipment shipment = Shipment.create(request.orderId(), request.market(),
                                    location.code, location.country, request.destinationCountry(), carrier,
                                    request.service(), lines(request), parcels(request), customs(request.customs()),
                                    clock.instant());
                            return ShipmentMapper.toEntity(shipment, new ShipmentEntity(), request.customerId(),
                                    clock.instant()).persist().replaceWith(shipment);
                        })))
                .chain(shipment -> buyLabel(shipment.id()));
    }

    /** (Re)tries the label of a shipment still awaiting one, or whose last purchase failed. */
    public Uni<Shipment> buyLabel(UUID id) {
        Context context = Vertx.currentContext();
        return Panache.withSession(() -> load(id).map(ShipmentMapper::toDomain))
                .chain(shipment -> {
                    if (!(shipment.state() instanceof ShipmentState.AwaitingLabel
                            || shipment.state() instanceof ShipmentState.LabelFailed)) {
                        return Uni.createFrom().item(shipment);
                    }
                    // Carrier adapters block (HTTP); run them off the event loop, then come back to it for the DB.
                    return Uni.createFrom().item(() -> purchase.buy(carriers.forCarrier(shipment.carrier()),
                                    LabelRequest.of(shipment, LabelFormat.PDF)))
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                            .emitOn(command -> context.runOnContext(ignored -> command.run()))
                            .chain(outcome -> Panache.withTransaction(() -> load(id).chain(entity -> {
                                Shipment current = ShipmentMapper.toDomain(entity);
                                Shipment next = switch (outcome) {
                                    case LabelOutcome.Created c -> current.labelled(c.label().trackingNumber());
                                    case LabelOutcome.Failed f -> current.labelFailed(f.reason());
                                };
                                return ShipmentMapper.toEntity(next, entity, null, clock.instant()).persist()
                                        .replaceWith(next);
                            })));
                });
    }

    public Uni<Shipment> get(UUID id) {
        return Panache.withSession(() -> load(id).map(ShipmentMapper::toDomain));
    }

    public Uni<Shipment> dispatch(UUID id) {
        return Panache.withTransaction(() -> load(id).chain(entity ->
                apply(entity, ShipmentMapper.toDomain(entity).dispatch(clock.instant()))));
    }

    /** Saves a transition and records the milestone events it reached, in the same transaction. */
    public Uni<Shipment> apply(ShipmentEntity entity, Transition transition) {
        if (!transition.changed()) {
            return Uni.createFrom().item(transition.shipment());
        }
        Shipment next = transition.shipment();
        Instant now = clock.instant();
        Uni<?> events = Uni.createFrom().voidItem();
        if (transition.dispatchedNow()) {
            events = events.chain(() -> releaseAllocation(next)).chain(() -> outbox.record(FulfillmentEvents.TOPIC, FulfillmentEvents.SHIPMENT_DISPATCHED,
                    next.id().toString(), ShipmentDispatchedData.of(next, stateAt(next, now))));
        }
        if (transition.deliveredNow()) {
            events = events.chain(() -> outbox.record(FulfillmentEvents.TOPIC, FulfillmentEvents.SHIPMENT_DELIVERED,
                    next.id().toString(), ShipmentDeliveredData.of(next, stateAt(next, now))));
        }
        return events.chain(() -> ShipmentMapper.toEntity(next, entity, null, now).persist()).replaceWith(next);
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
                    .chain(rows -> rows > 0 ? stockEvents.changed(key, "dispatched") : Uni.createFrom().voidItem());
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

    private static Uni<ShipmentEntity> load(UUID id) {
        return ShipmentEntity.<ShipmentEntity>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("shipment", id));
    }

    private static Uni<String> carrierOf(String service) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select carrier from shipping_service where code = :code", String.class)
                .setParameter("code", service).getResultList())
                .map(rows -> rows.stream().findFirst().orElseThrow(() ->
                        ProblemException.invalid("service", "unknown shipping service '" + service + "'")));
    }

    private static List<String[]> skuFields(CreateShipmentRequest request) {
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            fields.add(new String[] {"lines[" + i + "].sku", request.lines().get(i).sku()});
        }
        return fields;
    }

    private static List<ShipmentLine> lines(CreateShipmentRequest r) {
        return r.lines().stream().map(l -> new ShipmentLine(l.sku(), l.quantity())).toList();
    }

    private static List<Parcel> parcels(CreateShipmentRequest r) {
        return r.parcels().stream().map(p -> new Parcel(p.weightGrams(), p.lengthCm(), p.widthCm(), p.heightCm()))
                .toList();
    }

    private static CustomsDeclaration customs(CreateShipmentRequest.Customs c) {
        if (c == null) {
            return null;
        }
        Incoterm incoterm;
        try {
            incoterm = Incoterm.valueOf(c.incoterm());
        } catch (IllegalArgumentException e) {
            throw new FulfillmentRuleViolation("customs.incoterm", "must be DDP or DAP");
        }
        return new CustomsDeclaration(incoterm, c.lines().stream().map(l -> new CommercialInvoiceLine(l.description(),
                l.hsCode(), l.originCountry(), l.quantity(), l.unitValue())).toList());
    }
}
