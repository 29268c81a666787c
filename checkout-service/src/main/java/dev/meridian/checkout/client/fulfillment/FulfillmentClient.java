package dev.meridian.checkout.client.fulfillment;

import dev.meridian.checkout.client.UpstreamUnavailable;
import dev.meridian.checkout.domain.checkout.Incoterm;
import dev.meridian.checkout.domain.checkout.ShippingOption;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.platform.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checkout's port to fulfillment: shipping options and stock reservations. Never called inside a database
 * transaction. A fulfillment that does not answer (after the retry budget, or with the circuit open) is an
 * {@link UpstreamUnavailable}: the shopper gets 503 with Retry-After.
 */
@ApplicationScoped
public class FulfillmentClient {

    static final String NAME = "fulfillment";
    private static final int RETRY_AFTER_SECONDS = 5;

    private final FulfillmentCalls calls;

    public FulfillmentClient(FulfillmentCalls calls) {
        this.calls = calls;
    }

    /** The ways fulfillment can ship these lines to the country, priced in the market's currency. */
    public Uni<List<ShippingOption>> shippingOptions(String market, String destinationCountry, Money orderValue,
                                                     Map<String, Integer> lines) {
        var request = new FulfillmentWire.QuoteRequest(market, destinationCountry, orderValue, wireLines(lines));
        return calls.quote(request).map(r -> r.options().stream().map(FulfillmentClient::option).toList())
                .onFailure(FulfillmentCalls.Answer.class).transform(e -> new StateConflict(
                        "fulfillment cannot ship this cart: " + e.getMessage(), Map.of("dependency", NAME)))
                .onFailure(e -> !(e instanceof StateConflict)).transform(FulfillmentClient::unavailable);
    }

    /** Holds stock for an order, all lines or none, for {@code ttl}; idempotent by order id. */
    public Uni<ReservationResult> reserve(String orderId, String market, Map<String, Integer> lines, Duration ttl) {
        var request = new FulfillmentWire.ReserveRequest(orderId, market, wireLines(lines),
                Math.toIntExact(ttl.toSeconds()));
        return calls.reserve(orderId, request).onFailure().transform(FulfillmentClient::unavailable);
    }

    /** Gives the held units back (compensation); idempotent. */
    public Uni<Void> release(UUID reservationId) {
        return calls.release(reservationId).replaceWithVoid()
                .onFailure(FulfillmentCalls.Answer.class).recoverWithNull().replaceWithVoid()
                .onFailure().transform(FulfillmentClient::unavailable);
    }

    private static List<FulfillmentWire.Line> wireLines(Map<String, Integer> lines) {
        return lines.entrySet().stream().map(e -> new FulfillmentWire.Line(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
    }

    private static ShippingOption option(FulfillmentWire.Option o) {
        var incoterms = o.incoterms() == null ? java.util.Set.<Incoterm>of() : o.incoterms().stream()
                .filter(i -> i.equals("DDP") || i.equals("DAP")).map(Incoterm::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        var e = o.estimate();
        return new ShippingOption(o.service(), o.carrier(), o.name(), o.kind(), o.price(), o.freeShipping(),
                e == null ? 0 : e.minDays(), e == null ? 0 : e.maxDays(), e == null ? null : e.earliest(),
                e == null ? null : e.latest(), incoterms, o.shipsFrom());
    }

    private static Throwable unavailable(Throwable cause) {
        return cause instanceof UpstreamUnavailable ? cause : new UpstreamUnavailable(NAME, RETRY_AFTER_SECONDS, cause);
    }
}
