package dev.meridian.fulfillment.api.shipping.admin;

import dev.meridian.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The prices of one service to one zone in one currency (the path names all three). {@code basis} WEIGHT: band
 * limits are grams; ORDER_VALUE: minor units of the currency. Each band covers everything above the previous
 * band's {@code upTo} up to and including its own; at most one band is open-ended ({@code upTo} null).
 */
public record RateTableRequest(
        @NotNull String basis,
        @NotNull @NotEmpty @Size(max = 50) List<@Valid @NotNull Band> bands) {

    public record Band(Long upTo, @NotNull Money price) {
    }
}
