package dev.meridian.fulfillment.api.returns;

import dev.meridian.fulfillment.domain.returns.ReturnCase;
import dev.meridian.fulfillment.domain.returns.ReturnLine;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.messaging.FulfillmentEvents;
import dev.meridian.fulfillment.messaging.ReturnReceivedData;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.LocationEntity;
import dev.meridian.fulfillment.persistence.ReturnEntity;
import dev.meridian.fulfillment.persistence.ReturnMapper;
import dev.meridian.fulfillment.persistence.ShipmentEntity;
import dev.meridian.fulfillment.persistence.ShipmentMapper;
import dev.meridian.fulfillment.persistence.ShippingConfigStore;
import dev.meridian.fulfillment.persistence.StockStore;
import dev.meridian.platform.outbox.Outbox;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ReturnService {

    /** Who asks: a customer only reaches their own shipments and returns; staff reach all. */
    public record Requester(String subject, boolean staff) {
    }

    private final ShippingConfigStore config;
    private final StockStore stock;
    private final StockEvents stockEvents;
    private final Outbox outbox;
    private final Clock clock;

    public ReturnService(ShippingConfigStore config, StockStore stock, StockEvents stockEvents, Outbox outbox,
                         Clock clock) {
        this.config = config;
        this.stock = stock;
        this.stockEvents = stockEvents;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<ReturnCase> open(OpenReturnRequest request, Requester requester) {
        return Panache.withTransaction(() -> ShipmentEntity.<ShipmentEntity>findById(request.shipmentId())
                .chain(entity -> {
                    if (entity == null || !requester.staff() && !requester.subject().equals(entity.customerId)) {
                        // The same answer for "not yours" and "does not exist": ids are not an oracle.
                        throw ProblemException.notFound("shipment", request.shipmentId());
                    }
                    // One reactive session runs one query at a time: read market, history and origin in sequence.
                    return config.market(entity.market).chain(market -> alreadyReturned(entity.id).chain(returned ->
                            LocationEntity.find("kind", "ORIGIN").<LocationEntity>firstResult().chain(origin -> {
                                ReturnCase opened = ReturnCase.open(ShipmentMapper.toDomain(entity),
                                        market.orElseThrow(() -> new IllegalStateException("shipment " + entity.id
                                                + " has unknown market " + entity.market)),
                                        origin.code, request.lines().stream().map(l -> new ReturnLine(l.sku(),
                                                l.quantity(), l.reason(), null)).toList(), returned, clock.instant());
                                return ReturnMapper.toEntity(opened, new ReturnEntity(), entity.customerId).persist()
                                        .replaceWith(opened);
                            })));
                }));
    }

    public Uni<ReturnCase> get(UUID id, Requester requester) {
        return Panache.withSession(() -> ReturnEntity.<ReturnEntity>findById(id).map(e -> {
            if (e == null || !requester.staff() && !requester.subject().equals(e.customerId)) {
                throw ProblemException.notFound("return", id);
            }
            return ReturnMapper.toDomain(e);
        }));
    }

    /** Restocks sellable units at the return's destination and emits return.received for the refund. */
    public Uni<ReturnCase> receive(UUID id, ReceiveReturnRequest request) {
        return Panache.withTransaction(() -> ReturnEntity.<ReturnEntity>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("return", id))
                .chain(entity -> {
                    ReturnCase received = ReturnMapper.toDomain(entity).receive(
                            request == null || request.conditions() == null ? Map.of() : request.conditions(),
                            clock.instant());
                    return Multi.createFrom().iterable(received.restockable()).onItem()
                            .transformToUniAndConcatenate(line -> restock(received.destination(), line))
                            .collect().asList()
                            .chain(() -> ReturnMapper.toEntity(received, entity, null).persist())
                            .chain(() -> outbox.record(FulfillmentEvents.TOPIC, FulfillmentEvents.RETURN_RECEIVED,
                                    received.id().toString(), ReturnReceivedData.of(received)))
                            .replaceWith(received);
                }));
    }

    private Uni<Void> restock(String location, ReturnLine line) {
        StockKey key = new StockKey(line.sku(), location);
        return stock.adjust(key, line.quantity()).invoke(ok -> {
            if (!ok) {
                throw ProblemException.of(ProblemType.CONFLICT, "could not restock " + line.sku() + " at " + location);
            }
        }).chain(() -> stockEvents.changed(key, "returned"));
    }

    private static Uni<Map<String, Integer>> alreadyReturned(UUID shipmentId) {
        return ReturnEntity.<ReturnEntity>list("shipmentId", shipmentId).map(returns -> {
            Map<String, Integer> units = new HashMap<>();
            returns.forEach(r -> r.lines.items().forEach(l -> units.merge(l.sku(), l.quantity(), Integer::sum)));
            return units;
        });
    }

}
