package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.money.Money;
import java.util.UUID;

/** One entry of the discount ledger: how much of one promotion went to one cart line. */
public record Allocation(UUID promotionId, int lineIndex, String sku, Money amount) {
}
