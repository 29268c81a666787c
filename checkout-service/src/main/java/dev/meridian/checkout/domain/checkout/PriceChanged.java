package dev.meridian.checkout.domain.checkout;

import dev.meridian.platform.failure.StateConflict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quote the buyer confirmed no longer holds (it expired, or the cart changed) and the price today differs:
 * answered 409 {@code price-changed} with the difference and the new quote, so the buyer confirms again.
 */
public final class PriceChanged extends StateConflict {

    public PriceChanged(CheckoutQuote confirmed, CheckoutQuote current, String why) {
        super("the price changed since the quote was confirmed (" + why + "): " + confirmed.totals().total() + " then, "
                + current.totals().total() + " now; confirm the new quote", details(confirmed, current, why));
    }

    private static Map<String, Object> details(CheckoutQuote confirmed, CheckoutQuote current, String why) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", "price-changed");
        details.put("why", why);
        details.put("confirmedQuoteId", confirmed.id().toString());
        details.put("quoteId", current.id().toString());
        details.put("previousTotal", Map.of("currency", confirmed.currency().getCurrencyCode(),
                "amount", confirmed.totals().total().amountString()));
        details.put("currentTotal", Map.of("currency", current.currency().getCurrencyCode(),
                "amount", current.totals().total().amountString()));
        details.put("difference", Map.of("currency", current.currency().getCurrencyCode(),
                "amount", current.totals().total().minus(confirmed.totals().total()).amountString()));
        details.put("expiresAt", current.expiresAt().toString());
        return details;
    }
}
