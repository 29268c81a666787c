package dev.meridian.fulfillment.service.reservation;

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
import dev.meridian.fulfillment.messaging.StockEvents;
import dev.meridian.fulfillment.persistence.ReservationRepository;
import dev.meridian.fulfillment.persistence.StockRepository;
import dev.meridian.fulfillment.service.KnownReferences;
import dev.meridian.fulfillment.service.shipping.ShippingConfigCache;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Reservation use cases; each runs in one transaction with its stock changes and events. */
@ApplicationScoped
public class ReservationService {

    private final StockRepository stock;
    private final ReservationRepository reservations;
    private final StockEvents stockEvents;
    private final FulfillmentEvents events;
    private final ShippingConfigCache shipping;
    private final Clock clock;
    private final ReservationTtl ttl;
    private static final int MAX_EXPIRED_PER_SWEEP = 1000;

    private final Router router = new Router();

    public ReservationService(StockRepository stock, ReservationRepository reservations, StockEvents stockEvents,
                              FulfillmentEvents events, ShippingConfigCache shipping, Clock clock,
                              FulfillmentConfig config) {
        this.stock = stock;
        this.reservations = reservations;
        this.stockEvents = stockEvents;
        this.events = events;
        this.shipping = shipping;
        this.clock = clock;
        this.ttl = new ReservationTtl(config.reservations().defaultTtl(), config.reservations().maxTtl());
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
    public Uni<ReservationOutcome> reserve(ReserveCommand command) {
        List<OrderLine> lines = merge(command.lines());
        Duration holdFor = ttl.resolve(command.ttlSeconds());
        return Panache.withTransaction(() -> stock.reservationPreflight(command.orderId(),
                        lines.stream().map(OrderLine::sku).toList())
                .chain(preflight -> preflight.existingReservationId() != null
                        ? replayExisting(command, lines, holdFor)
                        : create(command, lines, holdFor, preflight)));
    }

    private Uni<ReservationOutcome> replayExisting(ReserveCommand command, List<OrderLine> lines, Duration holdFor) {
        return reservations.findByOrderId(command.orderId())
                .map(existing -> replay(existing.orElseThrow(), command, lines, holdFor));
    }

    private Uni<ReservationOutcome> create(ReserveCommand command, List<OrderLine> lines, Duration holdFor,
                                           StockRepository.Preflight preflight) {
        List<Problem.Violation> unknown = new ArrayList<>();
        KnownReferences.skuFields(command.lines().stream().map(ReserveCommand.Line::sku).toList())
                .forEach((field, sku) -> {
                    if (!preflight.knownSkus().contains(sku)) {
                        unknown.add(new Problem.Violation(field, "unknown SKU '" + sku + "'"));
                    }
                });
        if (unknown.size() == 1) {
            return Uni.createFrom().failure(new RuleViolation(unknown.getFirst().field(), unknown.getFirst().message()));
        }
        if (!unknown.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(unknown));
        }
        return shipping.configuration().chain(config -> {
            if (command.market() == null || !config.markets().containsKey(command.market())) {
                throw new RuleViolation("market", "unknown market '" + command.market() + "'");
            }
            Map<StockKey, Long> available = preflight.available();
            RoutingDecision routing = router.route(command.destinationCountry(), lines, config.locations(),
                    (sku, loc) -> available.getOrDefault(new StockKey(sku, loc), 0L));
            Instant now = clock.instant();
            Reservation reservation = Reservation.hold(command.orderId(), command.market(),
                    command.destinationCountry(), routing, now, holdFor);
            return reservations.insertIfAbsent(reservation, now).chain(inserted -> inserted
                    ? hold(reservation).map(r -> (ReservationOutcome) new ReservationOutcome.Created(r))
                    // A concurrent request for the same order committed first: answer as a retry would be.
                    : replayExisting(command, lines, holdFor));
        });
    }

    private Uni<Reservation> hold(Reservation reservation) {
        Map<StockKey, StockLevel> after = new LinkedHashMap<>();
        return each(inLockOrder(reservation.lines()), line -> stock.reserveReturningLevel(line.key(), line.quantity()).invoke(level -> {
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
        return Panache.withTransaction(() -> load(id).chain(current -> {
            Reservation confirmed = current.confirm(clock.instant());
            if (confirmed == current) {
                return Uni.createFrom().item(current);
            }
            // ADR 031: the units stay on hand and unavailable until the shipment carrying them is dispatched.
            return each(inLockOrder(confirmed.lines()), l -> stock.allocate(confirmed.id(), l.key(), l.quantity())
                            .invoke(allocated -> {
                                if (!allocated) {
                                    // The transaction rolls back: no allocation is recorded for units not held.
                                    throw new StateConflict("reservation " + id + " cannot be confirmed: the "
                                            + l.quantity() + " x " + l.sku() + " it holds at " + l.location()
                                            + " are no longer reserved there");
                                }
                            }))
                    .chain(() -> reservations.update(confirmed, clock.instant()))
                    .chain(() -> stockChanged(confirmed.lines(), "allocated"))
                    .replaceWith(confirmed);
        }));
    }

    public Uni<Reservation> release(UUID id) {
        return Panache.withTransaction(() -> load(id).chain(current -> {
            Reservation released = current.release();
            if (released == current) {
                return Uni.createFrom().item(current);
            }
            return giveBack(released, "released").replaceWith(released);
        }));
    }

    /**
     * Releases every hold whose TTL has passed (at most {@link #MAX_EXPIRED_PER_SWEEP}, the next sweep takes the
     * rest); returns how many. One reservation per transaction: a sweep never holds the stock rows of several
     * reservations at once, so it cannot deadlock with reservations taken meanwhile. Skips rows another instance
     * is handling.
     */
    public Uni<Integer> expireDue() {
        Instant now = clock.instant();
        return Multi.createBy().repeating().uni(() -> expireOne(now)).whilst(expired -> expired)
                .select().first(MAX_EXPIRED_PER_SWEEP)
                .filter(expired -> expired).collect().with(java.util.stream.Collectors.counting())
                .map(Long::intValue);
    }

    private Uni<Boolean> expireOne(Instant now) {
        return Panache.withTransaction(() -> reservations.lockDue(now, 1).chain(ids -> ids.isEmpty()
                ? Uni.createFrom().item(false)
                : load(ids.getFirst()).chain(held -> {
                    Reservation expired = held.expire(now);
                    return giveBack(expired, "expired").chain(() -> events.reservationExpired(expired, now));
                }).replaceWith(true)));
    }

    public Uni<Reservation> get(UUID id) {
        return Panache.withSession(() -> load(id));
    }

    private Uni<Void> giveBack(Reservation next, String reason) {
        return each(inLockOrder(next.lines()), l -> stock.release(l.key(), l.quantity()))
                .chain(() -> reservations.update(next, clock.instant()))
                .chain(() -> stockChanged(next.lines(), reason));
    }

    private Uni<Reservation> load(UUID id) {
        return reservations.find(id).map(found -> found.orElseThrow(() -> new NotFound("reservation", id)));
    }

    private Uni<Void> stockChanged(List<ReservationLine> lines, String reason) {
        return each(lines.stream().map(ReservationLine::key).distinct().toList(), k -> stockEvents.changed(k, reason));
    }

    /**
     * A retry of the same order returns the first reservation; the same order id with other lines, another market
     * or another TTL is a different request under the same key and changes nothing.
     */
    private static ReservationOutcome replay(Reservation existing, ReserveCommand command, List<OrderLine> requested,
                                             Duration holdFor) {
        Map<String, Integer> before = new LinkedHashMap<>();
        existing.lines().forEach(l -> before.merge(l.sku(), l.quantity(), Integer::sum));
        Map<String, Integer> now = new LinkedHashMap<>();
        requested.forEach(l -> now.merge(l.sku(), l.quantity(), Integer::sum));
        if (!before.equals(now)) {
            return new ReservationOutcome.Mismatch(existing, "different lines");
        }
        if (!existing.market().equals(command.market())) {
            return new ReservationOutcome.Mismatch(existing, "market " + existing.market());
        }
        if (!java.util.Objects.equals(existing.destinationCountry(), command.destinationCountry())) {
            return new ReservationOutcome.Mismatch(existing, "destination " + existing.destinationCountry());
        }
        if (!Duration.between(existing.createdAt(), existing.expiresAt()).equals(holdFor)) {
            return new ReservationOutcome.Mismatch(existing, "a different TTL");
        }
        return new ReservationOutcome.Replayed(existing);
    }

    /** Stock rows are locked in one global order everywhere (StockKey order), so no two use cases deadlock. */
    private static List<ReservationLine> inLockOrder(List<ReservationLine> lines) {
        return lines.stream().sorted(Comparator.comparing(ReservationLine::key)).toList();
    }

    /** The same SKU on two lines is one demand for routing and stock. */
    private static List<OrderLine> merge(List<ReserveCommand.Line> lines) {
        Map<String, Integer> merged = new LinkedHashMap<>();
        lines.forEach(l -> merged.merge(l.sku(), l.quantity(), Integer::sum));
        return merged.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList();
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> action) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(action::apply)
                .collect().asList().replaceWithVoid();
    }
}
