package dev.meridian.checkout.domain.promotion;

import static dev.meridian.checkout.domain.promotion.Promotions.NOW;
import static dev.meridian.checkout.domain.promotion.Promotions.amountOff;
import static dev.meridian.checkout.domain.promotion.Promotions.cart;
import static dev.meridian.checkout.domain.promotion.Promotions.percentOff;
import static dev.meridian.checkout.domain.promotion.Promotions.promotion;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromotionEngineTest {

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    private static Money total(Promotions.Cart cart, PromotionOutcome outcome) {
        return cart.context().subtotal().minus(outcome.lineDiscount());
    }

    @ParameterizedTest(name = "{0} off {1} {2} → {3}")
    @CsvSource({
            // kind, price, currency, expected total: the acceptance cases of issue 12 and their neighbours
            "EUR 10.00, 50.00, EUR, 40.00",
            "25%, 19.99, EUR, 14.99",
            "100%, 19.99, EUR, 0.00",
            "EUR 10.00, 7.50, EUR, 0.00",
            "25%, 1999, JPY, 1499",
            "33%, 0.01, EUR, 0.01",
            "50%, 0.01, EUR, 0.00",
            "12.5%, 80.00, EUR, 70.00",
            "10%, 1.005, KWD, 0.904",
    })
    void a_discount_takes_exactly_its_amount_off_rounded_half_up_and_never_below_zero(String discount, String price,
                                                                                       String currency, String expected) {
        Benefit benefit = discount.endsWith("%")
                ? percentOff(discount.substring(0, discount.length() - 1))
                : new Benefit.AmountOff(Map.of(Money.currencyOf(currency), Money.of(currency, discount.split(" ")[1])),
                        new Target.WholeOrder());
        Promotions.Cart c = cart(currency).line("A", 1, price);

        PromotionOutcome outcome = c.apply(promotion(benefit).build());

        assertThat(total(c, outcome)).isEqualTo(Money.of(currency, expected));
    }

    @Test
    void a_fixed_amount_off_a_tax_inclusive_price_takes_exactly_that_off_what_the_shopper_sees() {
        // DE prices include VAT: €10 off €50.00 is €40.00 to pay, not €39 (Medusa #5776); tax is re-extracted from
        // the discounted price by compliance's quote.
        Promotions.Cart c = cart("EUR").line("A", 1, "50.00");

        PromotionOutcome outcome = c.apply(promotion(amountOff("EUR", "10.00")).build());

        assertThat(outcome.lineDiscount()).isEqualTo(eur("10.00"));
        assertThat(total(c, outcome)).isEqualTo(eur("40.00"));
    }

    @Test
    void the_ledger_spreads_a_discount_over_lines_by_largest_remainder_and_sums_exactly() {
        Promotions.Cart c = cart("EUR").line("A", 1, "19.99").line("B", 1, "10.00").line("C", 3, "0.33");

        PromotionOutcome outcome = c.apply(promotion(amountOff("EUR", "10.00")).build());

        List<Allocation> ledger = outcome.ledger();
        assertThat(ledger).extracting(Allocation::amount).containsExactly(eur("6.45"), eur("3.23"), eur("0.32"));
        assertThat(ledger.stream().map(Allocation::amount).reduce(eur("0"), Money::plus)).isEqualTo(eur("10.00"));
        assertThat(outcome.discountOn(0).plus(outcome.discountOn(1)).plus(outcome.discountOn(2)))
                .isEqualTo(outcome.lineDiscount());
    }

    @Test
    void a_percentage_of_several_lines_is_rounded_once_on_their_sum_and_then_allocated() {
        Promotions.Cart c = cart("EUR").line("A", 1, "19.99").line("B", 1, "10.00");

        PromotionOutcome outcome = c.apply(promotion(percentOff("25")).build());

        assertThat(outcome.lineDiscount()).isEqualTo(eur("7.50"));
        assertThat(outcome.ledger()).extracting(Allocation::amount).containsExactly(eur("5.00"), eur("2.50"));
    }

    @Test
    void stacked_discounts_apply_by_priority_to_what_is_left_and_stop_at_zero() {
        Promotions.Cart c = cart("EUR").line("A", 1, "20.00");
        Promotion tenOff = promotion(amountOff("EUR", "10.00")).priority(10).build();
        Promotion halfOff = promotion(percentOff("50")).priority(5).build();
        Promotion twentyOff = promotion(amountOff("EUR", "20.00")).priority(1).build();

        PromotionOutcome outcome = c.apply(halfOff, twentyOff, tenOff);

        assertThat(outcome.applied()).extracting(a -> a.promotion().id()).containsExactly(tenOff.id(), halfOff.id(),
                twentyOff.id());
        assertThat(outcome.applied()).extracting(AppliedPromotion::lineDiscount)
                .containsExactly(eur("10.00"), eur("5.00"), eur("5.00"));
        assertThat(total(c, outcome)).isEqualTo(eur("0.00"));
    }

    @Test
    void promotions_of_one_exclusivity_group_never_combine_and_the_highest_priority_wins() {
        Promotions.Cart c = cart("EUR").line("A", 1, "100.00");
        Promotion winter = promotion(percentOff("20")).code("WINTER").group("seasonal", 5).build();
        Promotion vip = promotion(percentOff("10")).code("VIP").group("seasonal", 9).build();
        Promotion shipping = promotion(new Benefit.FreeShipping()).code("SHIPFREE").build();

        PromotionOutcome outcome = c.applyCodes(Usage.NONE, winter, vip, shipping);

        assertThat(outcome.lineDiscount()).isEqualTo(eur("10.00"));
        assertThat(outcome.codes()).containsExactly(CodeStatus.refused("WINTER", CodeRefusal.OUTRANKED),
                CodeStatus.applied("VIP"), CodeStatus.applied("SHIPFREE"));
        assertThat(outcome.freeShipping()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "an unknown code, UNKNOWN_CODE",
            "a switched-off promotion, INACTIVE",
            "before its window, NOT_YET_VALID",
            "at the end of its window, EXPIRED",
            "in another market, NOT_IN_MARKET",
            "in a currency it does not name, CURRENCY_NOT_SUPPORTED",
            "when used up, USAGE_LIMIT_REACHED",
            "when this customer used it up, CUSTOMER_LIMIT_REACHED",
            "anonymously while limited per customer, SIGN_IN_REQUIRED",
            "below the minimum spend, MINIMUM_SPEND_NOT_REACHED",
            "without covered items, NO_MATCHING_ITEMS",
            "without enough covered items, NOT_ENOUGH_ITEMS",
    })
    void a_refused_code_comes_back_with_its_reason(String situation, CodeRefusal expected) {
        Promotions.Cart c = cart("EUR").line("A", 1, "30.00").customer("customer-1");
        Promotions.Builder p = promotion(percentOff("10")).code("CODE");
        Usage usage = Usage.NONE;
        switch (expected) {
            case INACTIVE -> p.inactive();
            case NOT_YET_VALID -> p.window(NOW.plus(Duration.ofHours(1)), null);
            case EXPIRED -> p.window(NOW.minus(Duration.ofDays(1)), NOW);
            case NOT_IN_MARKET -> p.markets("FR");
            case CURRENCY_NOT_SUPPORTED -> p.minimumSpend("USD", "10.00");
            case USAGE_LIMIT_REACHED -> p.limits(5L, null);
            case CUSTOMER_LIMIT_REACHED -> p.limits(null, 1L);
            case SIGN_IN_REQUIRED -> {
                p.limits(null, 1L);
                c = cart("EUR").line("A", 1, "30.00");
            }
            case MINIMUM_SPEND_NOT_REACHED -> p.minimumSpend("EUR", "30.01");
            case NO_MATCHING_ITEMS -> p = promotion(new Benefit.PercentOff(BigDecimal.TEN,
                    new Target.Brands(Set.of("other")))).code("CODE");
            case NOT_ENOUGH_ITEMS -> p = promotion(new Benefit.BuyXGetY(2, 1, BigDecimal.valueOf(100),
                    new Target.WholeOrder())).code("CODE");
            default -> {
            }
        }
        Promotion promotion = p.build();
        if (expected == CodeRefusal.USAGE_LIMIT_REACHED || expected == CodeRefusal.CUSTOMER_LIMIT_REACHED) {
            usage = new Usage(Map.of(promotion.id(), 5L), Map.of(promotion.id(), 1L));
        }
        Map<String, Promotion> byCode = expected == CodeRefusal.UNKNOWN_CODE ? Map.of() : Map.of("CODE", promotion);

        PromotionOutcome outcome = PromotionEngine.apply(c.context(), List.of(), byCode, List.of("code"), usage);

        assertThat(outcome.codes()).containsExactly(CodeStatus.refused("CODE", expected));
        assertThat(outcome.lineDiscount()).isEqualTo(eur("0.00"));
    }

    @Test
    void a_promotion_is_valid_from_the_first_instant_of_its_window_until_just_before_its_end() {
        Promotions.Cart c = cart("EUR").line("A", 1, "10.00");
        Promotion startsNow = promotion(percentOff("10")).window(NOW, NOW.plusSeconds(1)).build();
        Promotion endedNow = promotion(percentOff("10")).window(NOW.minusSeconds(60), NOW).build();

        assertThat(c.apply(startsNow).applied()).hasSize(1);
        assertThat(c.apply(endedNow).applied()).isEmpty();
    }

    @Test
    void a_spend_threshold_is_met_at_exactly_its_amount_in_the_carts_currency() {
        Promotion over50 = promotion(amountOff("EUR", "5.00")).minimumSpend("EUR", "50.00").build();

        assertThat(cart("EUR").line("A", 1, "50.00").apply(over50).lineDiscount()).isEqualTo(eur("5.00"));
        assertThat(cart("EUR").line("A", 1, "49.99").apply(over50).applied()).isEmpty();
    }

    @Test
    void targets_pick_lines_by_product_category_or_brand() {
        Promotions.Cart c = cart("EUR").line("A", "p-1", "shirts", "acme", 1, "10.00")
                .line("B", "p-2", "shoes", "acme", 1, "20.00").line("C", "p-3", "shirts", "other", 1, "40.00");

        Money byProduct = c.apply(promotion(new Benefit.PercentOff(BigDecimal.valueOf(50),
                new Target.Products(Set.of("p-2")))).build()).lineDiscount();
        Money byCategory = c.apply(promotion(new Benefit.PercentOff(BigDecimal.valueOf(50),
                new Target.Categories(Set.of("shirts")))).build()).lineDiscount();
        Money byBrand = c.apply(promotion(new Benefit.PercentOff(BigDecimal.valueOf(50),
                new Target.Brands(Set.of("acme")))).build()).lineDiscount();

        assertThat(byProduct).isEqualTo(eur("10.00"));
        assertThat(byCategory).isEqualTo(eur("25.00"));
        assertThat(byBrand).isEqualTo(eur("15.00"));
    }

    @Test
    void buy_two_get_one_free_gives_the_cheapest_covered_units() {
        Promotions.Cart c = cart("EUR").line("A", 2, "30.00").line("B", 2, "10.00").line("C", 2, "20.00");
        Promotion b2g1 = promotion(new Benefit.BuyXGetY(2, 1, BigDecimal.valueOf(100), new Target.WholeOrder())).build();

        PromotionOutcome outcome = c.apply(b2g1);

        // 6 units → 2 free, the two cheapest (both of B)
        assertThat(outcome.lineDiscount()).isEqualTo(eur("20.00"));
        assertThat(outcome.ledger()).singleElement().satisfies(a -> assertThat(a.sku()).isEqualTo("B"));
    }

    @Test
    void free_shipping_and_shipping_discounts_take_off_the_shipping_price_never_more() {
        Promotions.Cart c = cart("EUR").line("A", 1, "10.00").shipping("4.90");
        Promotion threeOff = promotion(new Benefit.AmountOff(Map.of(Promotions.EUR, eur("3.00")),
                new Target.Shipping())).priority(2).build();
        Promotion free = promotion(new Benefit.FreeShipping()).priority(1).build();

        PromotionOutcome outcome = c.apply(free, threeOff);

        assertThat(outcome.shippingDiscount()).isEqualTo(eur("4.90"));
        assertThat(outcome.applied()).extracting(AppliedPromotion::shippingDiscount)
                .containsExactly(eur("3.00"), eur("1.90"));
        assertThat(outcome.lineDiscount()).isEqualTo(eur("0.00"));
    }

    @Test
    void a_code_that_would_take_nothing_off_because_earlier_discounts_took_everything_says_so() {
        Promotions.Cart c = cart("EUR").line("A", 1, "10.00");
        Promotion all = promotion(percentOff("100")).code("ALL").priority(5).build();
        Promotion more = promotion(amountOff("EUR", "1.00")).code("MORE").build();

        PromotionOutcome outcome = c.applyCodes(Usage.NONE, all, more);

        assertThat(outcome.codes()).contains(CodeStatus.refused("MORE", CodeRefusal.NOTHING_LEFT_TO_DISCOUNT));
        assertThat(total(c, outcome)).isEqualTo(eur("0.00"));
    }

    @Test
    void an_automatic_promotion_that_does_not_apply_is_silently_left_out() {
        Promotion expired = promotion(percentOff("10")).window(NOW.minus(Duration.ofDays(2)), NOW.minusSeconds(1))
                .build();

        PromotionOutcome outcome = cart("EUR").line("A", 1, "10.00").apply(expired);

        assertThat(outcome.applied()).isEmpty();
        assertThat(outcome.codes()).isEmpty();
    }

    @Test
    void the_same_code_entered_twice_counts_once() {
        Promotion tenOff = promotion(amountOff("EUR", "1.00")).code("TEN").build();
        Promotions.Cart c = cart("EUR").line("A", 1, "10.00");

        PromotionOutcome outcome = PromotionEngine.apply(c.context(), List.of(), Map.of("TEN", tenOff),
                List.of("ten", "TEN", " Ten "), Usage.NONE);

        assertThat(outcome.applied()).hasSize(1);
        assertThat(outcome.codes()).containsExactly(CodeStatus.applied("TEN"));
    }

    @Test
    void limits_count_against_reserved_redemptions_so_the_last_use_is_still_allowed() {
        Promotion limited = promotion(percentOff("10")).code("LAST").limits(3L, 2L).build();
        Promotions.Cart c = cart("EUR").line("A", 1, "10.00").customer("c-1");
        UUID id = limited.id();

        PromotionOutcome outcome = c.applyCodes(new Usage(Map.of(id, 2L), Map.of(id, 1L)), limited);

        assertThat(outcome.codes()).containsExactly(CodeStatus.applied("LAST"));
    }
}
