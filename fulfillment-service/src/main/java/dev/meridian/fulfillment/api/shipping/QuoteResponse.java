package dev.meridian.fulfillment.api.shipping;

import dev.meridian.fulfillment.domain.shipping.ShippingOption;
import dev.meridian.fulfillment.service.shipping.Quote;
import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

public record QuoteResponse(String market, String currency, long weightGrams, List<Option> options) {

    public record Option(String service, String carrier, String name, String kind, Money price, boolean freeShipping,
                         Estimate estimate, List<String> incoterms, String shipsFrom) {
    }

    public record Estimate(int minDays, int maxDays, LocalDate earliest, LocalDate latest) {
    }

    public static QuoteResponse of(Quote quote) {
        return new QuoteResponse(quote.market(), quote.currency(), quote.weightGrams(),
                quote.options().stream().map(QuoteResponse::of).toList());
    }

    public static Option of(ShippingOption o) {
        return new Option(o.service(), o.carrier(), o.name(), o.kind().name(), o.price(), o.freeShipping(),
                new Estimate(o.estimate().minDays(), o.estimate().maxDays(), o.estimate().earliest(),
                        o.estimate().latest()),
                o.incoterms().stream().map(Enum::name).sorted().toList(), o.shipsFrom());
    }
}
