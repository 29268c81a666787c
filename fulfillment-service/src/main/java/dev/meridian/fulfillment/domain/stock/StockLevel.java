package dev.meridian.fulfillment.domain.stock;

import static dev.meridian.platform.failure.RuleViolation.require;

import dev.meridian.platform.failure.StateConflict;
import java.util.Map;

/**
 * Units of one SKU at one location. {@code reserved} units are promised to orders: held by open reservations or
 * {@code allocated} to confirmed ones (a subset of {@code reserved}, ADR 031). Allocated units are still on hand
 * until their shipment is dispatched. What can still be sold is {@link #available()}, which is never negative. {@code feedVersion} is the sequence of the last ERP
 * feed line applied, so an older line arriving late never overwrites a newer count.
 *
 * <p>The database applies the same rules with conditional updates (see persistence); this type states them
 * once, in one place that unit tests can read.
 */
public record StockLevel(StockKey key, long onHand, long reserved, long allocated, long feedVersion) {

    public StockLevel {
        require(onHand >= 0, "onHand", "must not be negative");
        require(reserved >= 0, "reserved", "must not be negative");
        require(allocated >= 0 && allocated <= reserved, "allocated", "must be between 0 and the reserved units");
    }

    public StockLevel(StockKey key, long onHand, long reserved, long feedVersion) {
        this(key, onHand, reserved, 0, feedVersion);
    }

    public static StockLevel empty(StockKey key) {
        return new StockLevel(key, 0, 0, 0);
    }

    /** An ERP count may fall below what is already promised; then nothing more is sellable, never less than 0. */
    public long available() {
        return Math.max(0, onHand - reserved);
    }

    public StockLevel reserve(long quantity) {
        requirePositive(quantity);
        if (available() < quantity) {
            throw new InsufficientStock(java.util.List.of(key.sku()));
        }
        return new StockLevel(key, onHand, reserved + quantity, allocated, feedVersion);
    }

    /** A released or expired (never confirmed) reservation gives its held units back. */
    public StockLevel release(long quantity) {
        requirePositive(quantity);
        long nextReserved = Math.max(allocated, reserved - quantity);
        return new StockLevel(key, onHand, nextReserved, allocated, feedVersion);
    }

    /**
     * A confirmed reservation becomes an allocation: the units stay on hand and stay unavailable (still counted in
     * {@code reserved}), now promised to a paid order rather than held with a TTL.
     */
    public StockLevel allocate(long quantity) {
        requirePositive(quantity);
        require(allocated + quantity <= reserved, "quantity", "only held units can be allocated");
        return new StockLevel(key, onHand, reserved, allocated + quantity, feedVersion);
    }

    /** The shipment carrying allocated units is dispatched: they leave on-hand, reserved and allocated together. */
    public StockLevel dispatch(long quantity) {
        requirePositive(quantity);
        require(quantity <= allocated, "quantity", "only allocated units can be dispatched");
        return new StockLevel(key, Math.max(0, onHand - quantity), reserved - quantity, allocated - quantity,
                feedVersion);
    }

    /**
     * Admin correction (+ received goods, - shrinkage or damage). Refused as a conflict with the current level when
     * it would leave less than nothing on hand, or fewer units than are promised to orders.
     */
    public StockLevel adjust(long delta) {
        if (onHand + delta < 0) {
            throw new StateConflict("removing " + -delta + " x " + key.sku() + " at " + key.location() + " would leave "
                    + "less than nothing: " + onHand + " on hand; nothing was changed",
                    Map.of("onHand", onHand, "reserved", reserved));
        }
        if (onHand + delta < reserved) {
            throw new StateConflict("removing " + -delta + " x " + key.sku() + " at " + key.location() + " would leave "
                    + (onHand + delta) + " on hand for " + reserved + " reserved units; release or ship those first; "
                    + "nothing was changed", Map.of("onHand", onHand, "reserved", reserved));
        }
        return new StockLevel(key, onHand + delta, reserved, allocated, feedVersion);
    }

    /** Sets the counted quantity from a feed line, unless this level already reflects a newer line. */
    public StockLevel applyFeed(long countedOnHand, long version) {
        return applyFeed(countedOnHand, version, 0);
    }

    /**
     * Reconciles an ERP count with what happened here since: {@code movedSince} is the sum of the on-hand movements
     * booked after the count was taken (dispatches and shrinkage negative, receipts and restocks positive), which
     * the count cannot contain. Never below zero; unchanged when this level already reflects a newer line.
     */
    public StockLevel applyFeed(long countedOnHand, long version, long movedSince) {
        require(countedOnHand >= 0, "onHand", "must not be negative");
        if (version <= feedVersion) {
            return this;
        }
        return new StockLevel(key, Math.max(0, countedOnHand + movedSince), reserved, allocated, version);
    }

    private static void requirePositive(long quantity) {
        require(quantity > 0, "quantity", "must be positive");
    }
}
