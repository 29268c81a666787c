package dev.meridian.fulfillment.api.reservation;

import dev.meridian.fulfillment.config.FulfillmentConfig;
import dev.meridian.fulfillment.domain.reservation.Reservation;
import dev.meridian.fulfillment.domain.reservation.ReservationLine;
import dev.meridian.fulfillment.domain.reservation.ReservationTtl;
import dev.meridian.fulfillment.domain.routing.OrderLine;
import dev.meridian.fulfillment.domain.routing.Router;
import dev.meridian.fulfillment.domain.routing.RoutingDecision;
import dev.meridian.fulfillment.domain.stock.InsufficientStock;
import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.domain.stock.StockLevel;
import dev.meridian.fulfillment.messaging.FulfillmentEvents;
import dev.meridian.fulfillment.messaging.ReservationExpiredData;
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.ReservationEntity;
import dev.meridian.fulfillment.persistence.ReservationInserts;
import dev.meridian.fulfillment.persistence.ReservationMapper;
import dev.meridian.fulfillment.persistence.ShippingConfigStore;
import dev.meridian.fulfillment.persistence.StockStore;
import dev.meridian.platform.outbox.Outbox;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Reservation use cases; each runs in one transaction with its stock changes and events. */
@ApplicationScoped
public class ReservationService {

    private final StockStore stock;
    private final ReservationInserts inserts;
    private final StockEvents stockEvents;
    private final ShippingConfigStore shipping;
    private final Outbox outbox;
    private final Clock clock;
    private final ReservationTtl ttl;
    private final Router router = new Router();

    public ReservationService(StockStore stock, StockEvents stockEvents, ShippingConfigStore shipping,
                              Outbox outbox, Clock clock, FulfillmentConfig config,
                              ReservationInserts inserts) {
        this.stock = stock;
        this.inserts = inserts;
        this.stockEvents = stockEvents;
        this.shipping = shipping;
        this.outbox = outbox;
        this.clock = clock;
        this.ttl = new ReservationTtl(config.reservations().defaultTtl(), config.reservations().maxTtl());
    }

    public record Outcome(Reservation reservation, boolean created) {
    }

    /**
     * Routes the order and reserves every line, or nothing. The same order id twice yields the first reservation.
     *
     * <p>Round trips, and why in this order: (1) one unlocked read for an existing reservation, the known SKUs and
     * availability (markets and locations come from memory); (2) insert the reservation, guarded by the unique
     * order id, which also makes a concurrent duplicate wait and then replay; (3) per line, in one global order
     * (no deadlocks between multi-line orders), the conditional stock update returning the new level; (4) the
     * stock.changed events; commit. The hot stock row is taken last, so it is locked only for (3)-(4) and the
     * commit instead of for the whole transaction.
     */
    public Uni<Outcome> reserve(ReserveRequest request) {
        List<OrderLine> lines = merge(request.lines());
        var resolvedTtl = ttl.resolve(request.ttlSeconds());
        return Panache.withTransaction(() -> stock.reservationPreflight(request.orderId(),
                        lines.stream().map(OrderLine::sku).toList())
                .chain(preflight -> preflight.existingReservationId() != null
                        ? replayExisting(request.orderId(), lines)
                        : create(request, lines, resolvedTtl, preflight)));
    }

    private Uni<Outcome> replayExisting(String orderId, List<OrderLine> lines) {
        return ReservationEntity.find("orderId", orderId).<ReservationEntity>firstResult()
                .map(existing -> replay(ReservationMapper.toDomain(existing), lines));
    }

    private Uni<Outcome> create(ReserveRequest request, List<OrderLine> lines, java.time.Duration holdFor,
                                StockStore.Preflight preflight) {
        List<Problem.Violation> unknown = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            String sku = request.lines().get(i).sku();
            if (!preflight.knownSkus().contains(sku)) {
                unknown.add(new Problem.Violation("lines[" + i + "].sku", "unknown SKU '" + sku + "'"));
            }
        }
        if (!unknown.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(unknown));
        }
        return shipping.snapshot().chain(config -> {
            if (request.market() == null || !config.markets().containsKey(request.market())) {
                throw ProblemException.invalid("market", "unknown market '" + request.market() + "'");
            }
            Map<StockKey, Long> available = preflight.available();
            RoutingDecision routing = router.route(request.market(), lines, config.locations(),
                    (sku, loc) -> available.getOrDefault(new StockKey(sku, loc), 0L));
            Instant now = clock.instant();
            Reservation reservation = Reservation.hold(request.orderId(), request.market(), routing, now, holdFor);
            return inserts.insertIfAbsent(reservation, now).chain(inserted -> inserted
                    ? hold(reservation).map(r -> new Outcome(r, true))
                    // A concurrent request for the same order committed first: answer as a retry would be.
                    : replayExisting(request.orderId(), lines));
        });
    }

    private Uni<Reservation> hold(Reservation reservation) {
        // Lock rows in one global order so two multi-line reservations never deadlock.
        List<ReservationLine> ordered = reservation.lines().stream()
                .sorted((a, b) -> a.key().compareTo(b.key())).toList();
        Map<StockKey, StockLevel> after = new LinkedHashMap<>();
        return each(ordered, line -> stock.reserveReturningLevel(line.key(), line.quantity()).invoke(level -> {
                    if (level.isEmpty()) {
                        // Someone took the units since routing read them; the transaction rolls back.
                        throw new InsufficientStock(List.of(line.sku()));
                    }
                    after.put(line.key(), level.get()); // the last update of a key is its final level
                }))
                .chain(() -> each(List.copyOf(after.values()), level -> stockEvents.changed(level, "reserved")))
                .replaceWith(reservation);
    }

    public Uni<Reservation> confirm(UUID id) {
        return Panache.withTransaction(() -> load(id).chain(entity -> {
            Reservation current = ReservationMapper.toDomain(entity);
            Reservation confirmed = current.confirm(clock.instant());
            if (confirmed == current) {
                return Uni.createFrom().item(current);
            }
            // ADR 031: the units stay on hand and unavailable until the shipment carrying them is dispatched.
            return each(confirmed.lines(), l -> stock.allocate(confirmed.id(), l.key(), l.quantity()))
                    .chain(() -> save(entity, confirmed))
                    .chain(() -> stockChanged(confirmed.lines(), "allocated"))
                    .replaceWith(confirmed);
        }));
    }

    public Uni<Reservation> release(UUID id) {
        return Panache.withTransaction(() -> load(id).chain(entity -> {
            Reservation current = ReservationMapper.toDomain(entity);
            Reservation released = current.release();
            if (released == current) {
                return Uni.createFrom().item(current);
            }
            return giveBack(entity, released, "released").replaceWith(released);
        }));
    }

    /** Releases every hold whose TTL has passed; returns how many. Skips rows another instance is handling. */
    public Uni<Integer> expireDue() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        select id from reservation where status = 'HELD' and expires_at <= :now
                        order by expires_at limit 100 for update skip locked""", UUID.class)
                        .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC)).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(0)
                        : ReservationEntity.<ReservationEntity>list("id in ?1", ids).chain(entities ->
                                each(entities, e -> {
                                    Reservation expired = ReservationMapper.toDomain(e).expire(now);
                                    return giveBack(e, expired, "expired").chain(() -> outbox.record(
                                            FulfillmentEvents.TOPIC, FulfillmentEvents.RESERVATION_EXPIRED,
                                            expired.orderId(), new ReservationExpiredData(expired.id(),
                                                    expired.orderId(), now)));
                                }).replaceWith(entities.size()))));
    }

    public Uni<Reservation> get(UUID id) {
        return Panache.withSession(() -> load(id).map(ReservationMapper::toDomain));
    }

    private Uni<Void> giveBack(ReservationEntity entity, Reservation next, String reason) {
        return each(next.lines(), l -> stock.release(l.key(), l.quantity()))
                .chain(() -> save(entity, next))
                .chain(() -> stockChanged(next.lines(), reason));
    }

    private Uni<Void> save(ReservationEntity entity, Reservation next) {
        ReservationMapper.toEntity(next, entity, clock.instant());
        return entity.persist().replaceWithVoid();
    }

    private Uni<ReservationEntity> load(UUID id) {
        return ReservationEntity.<ReservationEntity>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("reservation", id));
    }

    private Uni<Void> stockChanged(List<ReservationLine> lines, String reason) {
        return each(lines.stream().map(ReservationLine::key).distinct().toList(), k -> stockEvents.changed(k, reason));
    }

    /** A retry of the same order returns the first reservation; a different order body under the same id is refused. */
    private static Outcome replay(Reservation existing, List<OrderLine> requested) {
        Map<String, Integer> before = new LinkedHashMap<>();
        existing.lines().forEach(l -> before.merge(l.sku(), l.quantity(), Integer::sum));
        Map<String, Integer> now = new LinkedHashMap<>();
        requested.forEach(l -> now.merge(l.sku(), l.quantity(), Integer::sum));
        if (!before.equals(now)) {
            throw ProblemException.conflict("order " + existing.orderId()
                    + " already has a reservation with different lines");
        }
        return new Outcome(existing, false);
    }

    /** The same SKU on two lines is one demand for routing and stock. */
    private static List<OrderLine> merge(List<ReserveRequest.Line> lines) {
        Map<String, Integer> merged = new LinkedHashMap<>();
        lines.forEach(l -> merged.merge(l.sku(), l.quantity(), Integer::sum));
        return merged.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList();
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> action) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(action::apply)
                .collect().asList().replaceWithVoid();
    }
}
