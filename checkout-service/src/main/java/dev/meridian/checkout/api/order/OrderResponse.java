package dev.meridian.checkout.api.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.checkout.api.checkout.QuoteResponse;
import dev.meridian.checkout.domain.order.Order;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order as its buyer (and the merchant) sees it: its number, the four state axes, what was dispatched and
 * returned, and the quote it was placed at (lines, totals, shipping, address, promotions as applied).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderResponse(UUID id, String number, UUID cartId, String market, String currency, String locale,
                            String email, Status status, QuoteResponse placedAt, Map<String, Integer> dispatched,
                            Map<String, Integer> returned, UUID reservationId, Instant payBefore, Instant placed,
                            Instant updatedAt, List<TimelineEntry> timeline) {

    public record Status(String order, String payment, String fulfillment, String returns) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineEntry(Instant at, String event, String axis, String from, String to, String detail) {
    }

    public static OrderResponse of(Order o) {
        return of(o, null);
    }

    public static OrderResponse of(Order o, List<TimelineEntry> timeline) {
        return new OrderResponse(o.id(), o.number(), o.cartId(), o.market(), o.currency().getCurrencyCode(),
                o.locale(), o.email(), new Status(o.state().order().name(), o.state().payment().name(),
                o.state().fulfillment().name(), o.state().returns().name()), QuoteResponse.of(o.quote()),
                o.progress().dispatched(), o.progress().returned(), o.reservationId(), o.reservationExpiresAt(),
                o.placedAt(), o.updatedAt(), timeline);
    }
}
