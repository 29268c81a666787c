package dev.meridian.fulfillment.service.returns;

import dev.meridian.fulfillment.domain.returns.ReturnCase;
import dev.meridian.fulfillment.domain.returns.ReturnCondition;
import dev.meridian.fulfillment.domain.returns.ReturnLine;
import dev.meridian.fulfillment.domain.returns.ReturnStatus;
import dev.meridian.fulfillment.domain.routing.Origins;
import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.messaging.FulfillmentEvents;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.ReturnRepository;
import dev.meridian.fulfillment.persistence.ShipmentRepository;
import dev.meridian.fulfillment.persistence.StockRepository;
import dev.meridian.fulfillment.service.shipping.ShippingConfigCache;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ReturnService {

    private final ShippingConfigCache config;
    private final ShipmentRepository shipments;
    private final ReturnRepository returns;
    private final StockRepository stock;
    private final StockEvents stockEvents;
    private final FulfillmentEvents events;
    private final Clock clock;

    public ReturnService(ShippingConfigCache config, ShipmentRepository shipments, ReturnRepository returns,
                         StockRepository stock, StockEvents stockEvents, FulfillmentEvents events, Clock clock) {
        this.config = config;
        this.shipments = shipments;
        this.returns = returns;
        this.stock = stock;
        this.stockEvents = stockEvents;
        this.events = events;
        this.clock = clock;
    }

    public Uni<ReturnCase> open(OpenReturnCommand command, Requester requester) {
        // The shipment row is locked first: two returns of the same units cannot both pass the quantity check.
        return Panache.withTransaction(() -> shipments.lock(command.shipmentId()).chain(found -> {
            var owned = found.filter(s -> requester.mayAccess(s.customerId()))
                    // The same answer for "not yours" and "does not exist": ids are not an oracle.
                    .orElseThrow(() -> new NotFound("shipment", command.shipmentId()));
            var shipment = owned.value();
            // One reactive session runs one query at a time: read configuration, then history, in sequence.
            return config.configuration().chain(configuration -> returns.returnedUnits(shipment.id())
                    .chain(returned -> {
                        var market = configuration.markets().get(shipment.market());
                        if (market == null) {
                            throw new IllegalStateException("shipment " + shipment.id() + " has unknown market "
                                    + shipment.market());
                        }
                        ReturnCase opened = ReturnCase.open(shipment, market, returnOrigin(shipment,
                                        configuration.locations()),
                                command.lines().stream().map(l -> new ReturnLine(l.sku(), l.quantity(), l.reason(),
                                        null)).toList(), returned, clock.instant());
                        return returns.insert(opened, owned.customerId()).replaceWith(opened);
                    }));
        }));
    }

    /**
     * Where a return goes when its market has no local hub: back to the origin it was shipped from, or (shipped
     * from a warehouse) to the preferred origin.
     */
    private static String returnOrigin(Shipment shipment, List<StockLocation> locations) {
        List<StockLocation> origins = Origins.of(locations);
        return origins.stream().filter(o -> o.code().equals(shipment.fromLocation())).findFirst()
                .or(() -> origins.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("no origin location")).code();
    }

    public Uni<ReturnCase> get(UUID id, Requester requester) {
        return Panache.withSession(() -> returns.find(id).map(found -> found
                .filter(r -> requester.mayAccess(r.customerId()))
                .orElseThrow(() -> new NotFound("return", id)).value()));
    }

    /**
     * Restocks sellable units at the return's destination and emits return.received for the refund. Idempotent by
     * the return id: receiving it again with the same conditions changes nothing and answers as before.
     */
    public Uni<ReceiveOutcome> receive(UUID id, Map<String, ReturnCondition> requested) {
        Map<String, ReturnCondition> conditions = requested == null ? Map.of() : requested;
        return Panache.withTransaction(() -> returns.lock(id)
                .map(found -> found.orElseThrow(() -> new NotFound("return", id)))
                .chain(current -> {
                    if (current.status() == ReturnStatus.RECEIVED) {
                        return Uni.createFrom().item(current.isReceivedAs(conditions)
                                ? new ReceiveOutcome.Replayed(current) : new ReceiveOutcome.Mismatch(current));
                    }
                    ReturnCase received = current.receive(conditions, clock.instant());
                    // Stock rows in one global order (by SKU; one destination), like every other use case.
                    return Multi.createFrom().iterable(received.restockable().stream()
                                    .sorted(Comparator.comparing(ReturnLine::sku)).toList()).onItem()
                            .transformToUniAndConcatenate(line -> restock(received.destination(), line))
                            .collect().asList()
                            .chain(() -> returns.update(received))
                            .chain(() -> events.returnReceived(received))
                            .replaceWith(new ReceiveOutcome.Received(received));
                }));
    }

    private Uni<Void> restock(String location, ReturnLine line) {
        StockKey key = new StockKey(line.sku(), location);
        return stock.adjust(key, line.quantity(), "returned").chain(after -> stockEvents.changed(after.orElseThrow(() ->
                new StateConflict("could not restock " + line.sku() + " at " + location)), "returned"));
    }
}
