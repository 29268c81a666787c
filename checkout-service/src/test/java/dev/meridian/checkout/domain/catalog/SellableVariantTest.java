package dev.meridian.checkout.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SellableVariantTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Currency EUR = Money.currencyOf("EUR");

    private static SellableVariant variant(ProductStatus status, MarketOffer offer) {
        return new SellableVariant("A", UUID.randomUUID(), 1, NOW, status, Map.of("en", "Shirt", "de", "Hemd"), Map.of(),
                null, List.of(), "standard", "610910", "PT", 300, offer == null ? Map.of() : Map.of("DE", offer));
    }

    private static MarketOffer offer(boolean published, String compliance, String price, Sale sale) {
        return new MarketOffer("DE", published, published && "allowed".equals(compliance), compliance, EUR, true,
                price == null ? null : Money.of("EUR", price), null, sale);
    }

    @Test
    void an_active_published_allowed_priced_variant_is_sellable_at_its_price() {
        Sellability s = variant(ProductStatus.ACTIVE, offer(true, "allowed", "19.99", null)).in("DE", EUR, NOW, 5L);

        assertThat(s).isInstanceOfSatisfying(Sellability.Sellable.class,
                ok -> assertThat(ok.unitPrice()).isEqualTo(Money.of("EUR", "19.99")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "DRAFT, true, allowed, 1.00, -, PRODUCT_NOT_ACTIVE",
            "ACTIVE, false, allowed, 1.00, -, NOT_PUBLISHED",
            "ACTIVE, true, blocked, 1.00, -, BLOCKED_BY_COMPLIANCE",
            "ACTIVE, true, needs-review, 1.00, -, AWAITING_COMPLIANCE_REVIEW",
            "ACTIVE, true, allowed, -, -, NO_PRICE",
            "ACTIVE, true, allowed, 1.00, 0, OUT_OF_STOCK"})
    void a_variant_that_cannot_be_sold_says_why(ProductStatus status, boolean published, String compliance,
                                                String price, Long available, NotSellableReason expected) {
        Sellability s = variant(status, offer(published, compliance, price, null)).in("DE", EUR, NOW, available);

        assertThat(s).isEqualTo(new Sellability.NotSellable("A", "DE", expected));
    }

    @Test
    void a_variant_not_offered_in_the_market_or_priced_in_another_currency_is_not_sellable_there() {
        SellableVariant v = variant(ProductStatus.ACTIVE, offer(true, "allowed", "1.00", null));

        assertThat(v.in("FR", EUR, NOW, null)).isEqualTo(new Sellability.NotSellable("A", "FR",
                NotSellableReason.NOT_OFFERED_IN_MARKET));
        assertThat(v.in("DE", Money.currencyOf("USD"), NOW, null)).isEqualTo(new Sellability.NotSellable("A", "DE",
                NotSellableReason.WRONG_CURRENCY));
    }

    @Test
    void the_sale_price_applies_inside_its_window_only() {
        Sale sale = new Sale(Money.of("EUR", "15.00"), NOW, NOW.plus(Duration.ofDays(1)));
        SellableVariant v = variant(ProductStatus.ACTIVE, offer(true, "allowed", "20.00", sale));

        assertThat(((Sellability.Sellable) v.in("DE", EUR, NOW, null)).unitPrice()).isEqualTo(Money.of("EUR", "15.00"));
        assertThat(((Sellability.Sellable) v.in("DE", EUR, NOW.minusSeconds(1), null)).unitPrice())
                .isEqualTo(Money.of("EUR", "20.00"));
        assertThat(((Sellability.Sellable) v.in("DE", EUR, NOW.plus(Duration.ofDays(1)), null)).unitPrice())
                .isEqualTo(Money.of("EUR", "20.00"));
    }

    @Test
    void titles_follow_the_locale_fallback_chain() {
        SellableVariant v = variant(ProductStatus.ACTIVE, null);

        assertThat(v.titleIn("de-AT")).isEqualTo("Hemd");
        assertThat(v.titleIn("fr-FR")).isEqualTo("Shirt");
    }
}
