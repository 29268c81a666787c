package dev.meridian.checkout.service.promotion;

import dev.meridian.checkout.domain.promotion.Benefit;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Set;

/** A new promotion; {@code code} null makes it automatic. */
public record CreatePromotionCommand(String name, String code, Benefit benefit, Map<Currency, Money> minimumSpend,
                                     Set<String> markets, Instant validFrom, Instant validUntil, Long usageLimit,
                                     Long usageLimitPerCustomer, String exclusivityGroup, int priority,
                                     boolean active) {
}
