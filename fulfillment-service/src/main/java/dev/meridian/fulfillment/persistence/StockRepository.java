package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.stock.StockKey;
import dev.meridian.fulfillment.domain.stock.StockLevel;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock rows, changed only by single conditional statements inside the caller's transaction. Each statement
 * checks and changes in one step (no read-then-write), so concurrent requests cannot oversell: PostgreSQL
 * re-evaluates the WHERE clause of an UPDATE against the row version it finally locks.
 */
@ApplicationScoped
public class StockRepository {

    /** Reserves only what is available, and reads the level after the change in the same statement. */
    private static final String RESERVE_RETURNING = """
            update stock_level set reserved = reserved + :q, updated_at = :now
            where sku = :sku and location = :loc and on_hand - reserved >= :q
            returning on_hand, reserved, allocated, feed_version""";
    /**
     * What a reservation needs to know before it takes any lock, in one round trip: whether the order already has a
     * reservation ('R'), which SKUs exist ('S') and what is available where ('L'). Plain reads, no row locks.
     */
    private static final String RESERVATION_PREFLIGHT = """
            select 'R', cast(id as text), cast(null as text), cast(null as bigint) from reservation where order_id = :orderId
            union all
            select 'S', sku, cast(null as text), cast(null as bigint) from sku where sku in (:skus)
            union all
            select 'L', sku, location, greatest(on_hand - reserved, 0) from stock_level where sku in (:skus)""";
    private static final String RELEASE = """
            update stock_level set reserved = greatest(reserved - :q, allocated), updated_at = :now
            where sku = :sku and location = :loc""";
    private static final String ALLOCATE = """
            update stock_level set allocated = allocated + :q, updated_at = :now
            where sku = :sku and location = :loc and allocated + :q <= reserved""";
    /**
     * Dispatch of a shipment backed by a confirmed reservation of its order: takes at most what is still allocated
     * to that order for (sku, location) and not yet dispatched, records it on the allocation, and removes those units
     * from on-hand, reserved and allocated, all in one statement (so a second shipment cannot take them again).
     */
    private static final String DISPATCH = """
            with candidate as (
              select a.reservation_id, least(cast(:q as bigint), a.quantity - a.dispatched) as take
              from stock_allocation a join reservation r on r.id = a.reservation_id
              where r.order_id = :orderId and r.status = 'CONFIRMED' and a.sku = :sku and a.location = :loc
                and a.dispatched < a.quantity
              for update of a),
            taken as (
              update stock_allocation a set dispatched = a.dispatched + c.take
              from candidate c where a.reservation_id = c.reservation_id and a.sku = :sku and a.location = :loc
              returning c.take)
            update stock_level set on_hand = greatest(on_hand - t.total, 0), reserved = reserved - t.total,
              allocated = allocated - t.total, updated_at = :now
            from (select sum(take) as total from taken) t
            where sku = :sku and location = :loc and t.total > 0
            returning t.total""";
    private static final String RECORD_ALLOCATION = """
            insert into stock_allocation (reservation_id, sku, location, quantity, dispatched)
            values (:reservation, :sku, :loc, :q, 0)
            on conflict (reservation_id, sku, location) do nothing""";
    /** Goods in (received, restocked): creates the level on first stock. */
    private static final String ADD = """
            insert into stock_level (sku, location, on_hand, reserved, feed_version, updated_at)
            values (:sku, :loc, :delta, 0, 0, :now)
            on conflict (sku, location) do update set on_hand = stock_level.on_hand + excluded.on_hand,
              updated_at = excluded.updated_at
            returning on_hand, reserved, allocated, feed_version""";
    /** Goods out (shrinkage, damage): never below zero, never below what is promised to orders. */
    private static final String REMOVE = """
            update stock_level set on_hand = on_hand + :delta, updated_at = :now
            where sku = :sku and location = :loc and on_hand + :delta >= 0 and on_hand + :delta >= reserved
            returning on_hand, reserved, allocated, feed_version""";
    /** Every on-hand change booked here, with when: what an ERP count taken earlier cannot contain. */
    private static final String MOVEMENT = """
            insert into stock_movement (sku, location, delta, reason, at) values (:sku, :loc, :delta, :reason, :now)""";
    /**
     * Taken first when applying a count, in its own statement: a movement committed while this waited is then
     * visible to the count's statement, and none can commit for this row until this transaction ends.
     */
    private static final String LOCK_LEVEL = """
            select 1 from stock_level where sku = :sku and location = :loc for update""";
    /** The count, plus the movements booked after it was taken; never below zero; never an older count. */
    private static final String FEED = """
            insert into stock_level (sku, location, on_hand, reserved, feed_version, updated_at)
            select cast(:sku as text), cast(:loc as text), greatest(cast(:onHand as bigint) + coalesce(sum(m.delta), 0), 0),
              0, cast(:version as bigint), cast(:now as timestamptz)
            from (select delta from stock_movement
                  where sku = :sku and location = :loc and at > cast(:countedAt as timestamptz)) m
            on conflict (sku, location) do update set on_hand = excluded.on_hand,
              feed_version = excluded.feed_version, updated_at = excluded.updated_at
            where stock_level.feed_version < excluded.feed_version""";
    private static final String AVAILABLE = """
            select sku, location, greatest(on_hand - reserved, 0) from stock_level where sku in (:skus)""";
    private static final String LEVEL = """
            select on_hand, reserved, allocated, feed_version from stock_level where sku = :sku and location = :loc""";
    private static final String LEVELS_OF_SKU = """
            select location, on_hand, reserved, allocated, feed_version from stock_level where sku = :sku order by location""";

    private final Clock clock;

    public StockRepository(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves {@code quantity} units if they are available and returns the level after the change, or empty when
     * fewer are available (nothing changed). The row stays locked until commit.
     */
    public Uni<java.util.Optional<StockLevel>> reserveReturningLevel(StockKey key, long quantity) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return Panache.getSession().chain(s -> s.createNativeQuery(RESERVE_RETURNING, Object[].class)
                        .setParameter("q", quantity).setParameter("now", now)
                        .setParameter("sku", key.sku()).setParameter("loc", key.location()).getResultList())
                .map(rows -> rows.isEmpty() ? java.util.Optional.<StockLevel>empty()
                        : java.util.Optional.of(levelOf(key, rows.getFirst(), 0)));
    }

    /** The unlocked reads a reservation starts with (see {@link #RESERVATION_PREFLIGHT}). */
    public record Preflight(String existingReservationId, java.util.Set<String> knownSkus, Map<StockKey, Long> available) {
    }

    public Uni<Preflight> reservationPreflight(String orderId, Collection<String> skus) {
        return Panache.getSession().chain(s -> s.createNativeQuery(RESERVATION_PREFLIGHT, Object[].class)
                        .setParameter("orderId", orderId).setParameter("skus", List.copyOf(skus)).getResultList())
                .map(rows -> {
                    String existing = null;
                    java.util.Set<String> known = new java.util.HashSet<>();
                    Map<StockKey, Long> available = new HashMap<>();
                    for (Object[] r : rows) {
                        switch ((String) r[0]) {
                            case "R" -> existing = (String) r[1];
                            case "S" -> known.add((String) r[1]);
                            default -> available.put(new StockKey((String) r[1], (String) r[2]), ((Number) r[3]).longValue());
                        }
                    }
                    return new Preflight(existing, known, available);
                });
    }

    public Uni<Integer> release(StockKey key, long quantity) {
        return update(RELEASE, key, Map.of("q", quantity));
    }

    /**
     * Turns held units into an allocation of this reservation (they stay on hand and unavailable) and records it;
     * false when the units are not held at this key (nothing changed, nothing recorded).
     */
    public Uni<Boolean> allocate(java.util.UUID reservationId, StockKey key, long quantity) {
        return update(ALLOCATE, key, Map.of("q", quantity)).chain(rows -> rows == 0 ? Uni.createFrom().item(false)
                : Panache.getSession().chain(s -> s.createNativeQuery(RECORD_ALLOCATION)
                        .setParameter("reservation", reservationId).setParameter("sku", key.sku())
                        .setParameter("loc", key.location()).setParameter("q", quantity).executeUpdate())
                        .replaceWith(true));
    }

    /**
     * @return the units allocated to {@code orderId} at this key that left the stock now (recorded as a movement),
     *         0 when none were allocated
     */
    public Uni<Long> dispatch(String orderId, StockKey key, long quantity) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return Panache.getSession().chain(s -> s.createNativeQuery(DISPATCH, Long.class)
                        .setParameter("orderId", orderId).setParameter("q", quantity).setParameter("now", now)
                        .setParameter("sku", key.sku()).setParameter("loc", key.location()).getResultList())
                .chain(rows -> {
                    long taken = rows.isEmpty() || rows.getFirst() == null ? 0 : rows.getFirst();
                    return taken == 0 ? Uni.createFrom().item(0L)
                            : movement(key, -taken, "dispatched to order " + orderId, now).replaceWith(taken);
                });
    }

    /**
     * Adds {@code delta} to on-hand in one conditional statement (creating the level for goods in), records the
     * movement, and returns the level after it; empty when a removal would go below zero or below the reserved
     * units (nothing changed, nothing recorded).
     */
    public Uni<java.util.Optional<StockLevel>> adjust(StockKey key, long delta, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return Panache.getSession().chain(s -> s.createNativeQuery(delta >= 0 ? ADD : REMOVE, Object[].class)
                        .setParameter("delta", delta).setParameter("now", now)
                        .setParameter("sku", key.sku()).setParameter("loc", key.location()).getResultList())
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(java.util.Optional.<StockLevel>empty())
                        : movement(key, delta, reason, now)
                                .replaceWith(java.util.Optional.of(levelOf(key, rows.getFirst(), 0))));
    }

    /**
     * Sets on-hand from an ERP count taken at {@code countedAt}, plus the movements booked here after that moment.
     *
     * @return false when the stored level already reflects a newer (or the same) feed line.
     */
    public Uni<Boolean> applyFeed(StockKey key, long onHand, long version, Instant countedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LOCK_LEVEL, Integer.class)
                        .setParameter("sku", key.sku()).setParameter("loc", key.location()).getResultList())
                .chain(() -> update(FEED, key, Map.of("onHand", onHand,
                "version", version, "countedAt", countedAt.atOffset(ZoneOffset.UTC)))).map(rows -> rows == 1);
    }

    private Uni<Void> movement(StockKey key, long delta, String reason, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(MOVEMENT).setParameter("sku", key.sku())
                .setParameter("loc", key.location()).setParameter("delta", delta)
                .setParameter("reason", reason.length() > 200 ? reason.substring(0, 200) : reason)
                .setParameter("now", at).executeUpdate()).replaceWithVoid();
    }

    /** Available units per (sku, location) for these SKUs; absent rows mean 0. */
    public Uni<Map<StockKey, Long>> available(Collection<String> skus) {
        return Panache.getSession().chain(s -> s.createNativeQuery(AVAILABLE, Object[].class)
                        .setParameter("skus", List.copyOf(skus)).getResultList())
                .map(rows -> {
                    Map<StockKey, Long> result = new HashMap<>();
                    rows.forEach(r -> result.put(new StockKey((String) r[0], (String) r[1]), ((Number) r[2]).longValue()));
                    return result;
                });
    }

    public Uni<StockLevel> level(StockKey key) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LEVEL, Object[].class)
                        .setParameter("sku", key.sku()).setParameter("loc", key.location()).getResultList())
                .map(rows -> rows.isEmpty() ? StockLevel.empty(key) : levelOf(key, rows.getFirst(), 0));
    }

    public Uni<List<StockLevel>> levels(String sku) {
        return Panache.getSession().chain(s -> s.createNativeQuery(LEVELS_OF_SKU, Object[].class)
                        .setParameter("sku", sku).getResultList())
                .map(rows -> rows.stream().map(r -> levelOf(new StockKey(sku, (String) r[0]), r, 1)).toList());
    }

    /** Columns on_hand, reserved, allocated, feed_version starting at {@code from}. */
    private static StockLevel levelOf(StockKey key, Object[] r, int from) {
        return new StockLevel(key, ((Number) r[from]).longValue(), ((Number) r[from + 1]).longValue(),
                ((Number) r[from + 2]).longValue(), ((Number) r[from + 3]).longValue());
    }

    private Uni<Integer> update(String sql, StockKey key, Map<String, Object> params) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql).setParameter("sku", key.sku()).setParameter("loc", key.location())
                    .setParameter("now", now);
            params.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }
}
