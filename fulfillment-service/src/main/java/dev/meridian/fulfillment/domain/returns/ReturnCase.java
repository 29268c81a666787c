package dev.meridian.fulfillment.domain.returns;

import static dev.meridian.platform.failure.RuleViolation.require;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.fulfillment.domain.shipment.Shipment;
import dev.meridian.fulfillment.domain.shipment.ShipmentLine;
import dev.meridian.fulfillment.domain.shipment.ShipmentState;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A return (RMA) of delivered lines of one shipment, sent to the market's local hub or else the origin. */
public record ReturnCase(UUID id, UUID shipmentId, String orderId, String market, String destination,
                         ReturnStatus status, List<ReturnLine> lines, String trackingNumber, Instant openedAt,
                         Instant receivedAt) {

    public ReturnCase {
        lines = List.copyOf(lines);
    }

    /**
     * @param alreadyReturned units per SKU of this shipment already in other returns
     */
    public static ReturnCase open(Shipment shipment, MarketPolicy market, String origin, List<ReturnLine> lines,
                                  Map<String, Integer> alreadyReturned, Instant now) {
        if (!(shipment.state() instanceof ShipmentState.Delivered delivered)) {
            throw new StateConflict("shipment " + shipment.id() + " is " + shipment.state().code()
                    + "; only delivered goods can be returned");
        }
        WithdrawalWindow window = new WithdrawalWindow(market.withdrawalDays(), market.zone());
        if (!window.allows(delivered.at(), now)) {
            throw new RuleViolation("shipmentId", "the " + market.withdrawalDays()
                    + "-day withdrawal window of market " + market.market() + " ended (this is day "
                    + window.dayOf(delivered.at(), now) + " after delivery)");
        }
        require(lines != null && !lines.isEmpty(), "lines", "at least one line is required");
        Map<String, Integer> shipped = shipment.lines().stream()
                .collect(Collectors.toMap(ShipmentLine::sku, ShipmentLine::quantity, Integer::sum));
        Map<String, Integer> requested = lines.stream()
                .collect(Collectors.toMap(ReturnLine::sku, ReturnLine::quantity, Integer::sum));
        requested.forEach((sku, quantity) -> require(
                quantity + alreadyReturned.getOrDefault(sku, 0) <= shipped.getOrDefault(sku, 0), "lines",
                "cannot return " + quantity + " x " + sku + ": " + shipped.getOrDefault(sku, 0) + " shipped, "
                        + alreadyReturned.getOrDefault(sku, 0) + " already returned"));
        String destination = market.returnHub() != null ? market.returnHub() : origin;
        return new ReturnCase(UUID.randomUUID(), shipment.id(), shipment.orderId(), market.market(), destination,
                ReturnStatus.OPEN, lines, null, now, null);
    }

    public ReturnCase withTracking(String number) {
        return new ReturnCase(id, shipmentId, orderId, market, destination, status, lines, number, openedAt,
                receivedAt);
    }

    /** Records the condition each SKU arrived in; SKUs not named are assumed sellable. */
    public ReturnCase receive(Map<String, ReturnCondition> conditions, Instant now) {
        if (status == ReturnStatus.RECEIVED) {
            throw new StateConflict("return " + id + " was already received");
        }
        Function<ReturnLine, ReturnLine> inspect = l -> l.receivedAs(
                conditions.getOrDefault(l.sku(), ReturnCondition.SELLABLE));
        return new ReturnCase(id, shipmentId, orderId, market, destination, ReturnStatus.RECEIVED,
                lines.stream().map(inspect).toList(), trackingNumber, openedAt, now);
    }

    /**
     * Whether receiving with these conditions again would record what was recorded: a repeated receipt (a retry)
     * rather than a different inspection of the same return.
     */
    public boolean isReceivedAs(Map<String, ReturnCondition> conditions) {
        return status == ReturnStatus.RECEIVED && lines.stream().allMatch(l ->
                l.condition() == conditions.getOrDefault(l.sku(), ReturnCondition.SELLABLE));
    }

    /** Units to put back into available stock at {@link #destination()}. */
    public List<ReturnLine> restockable() {
        return lines.stream().filter(l -> l.condition() == ReturnCondition.SELLABLE).toList();
    }
}
