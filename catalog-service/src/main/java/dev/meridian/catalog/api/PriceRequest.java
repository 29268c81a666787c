package dev.meridian.catalog.api;

import dev.meridian.platform.money.Money;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Body of PUT /v1/admin/products/{id}/prices/{sku}/{market}. */
public record PriceRequest(@NotNull Money amount, Money compareAt, Sale sale) {

    public record Sale(@NotNull Money amount, Instant from, Instant until) {
    }
}
