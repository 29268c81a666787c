package dev.meridian.catalog.domain.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.catalog.domain.Examples;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.platform.failure.RuleViolation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingQueryTest {

    private final Market eu = Examples.eu();

    private static ListingQuery.Params params(String q, String sort, Integer limit, String cursor) {
        return new ListingQuery.Params(null, q, null, null, null, List.of(), null, sort, limit, cursor);
    }

    @Test
    void without_a_query_the_newest_come_first_and_with_one_the_most_relevant() {
        assertThat(ListingQuery.parse(eu, params(null, null, null, null)).sort()).isEqualTo(ListingQuery.Sort.NEWEST);
        assertThat(ListingQuery.parse(eu, params("scarf", null, null, null)).sort()).isEqualTo(ListingQuery.Sort.RELEVANCE);
        assertThat(ListingQuery.parse(eu, params(null, "relevance", null, null)).sort()).isEqualTo(ListingQuery.Sort.NEWEST);
    }

    @Test
    void a_page_holds_24_items_unless_asked_and_at_most_100() {
        assertThat(ListingQuery.parse(eu, params(null, null, null, null)).limit()).isEqualTo(24);
        assertThatThrownBy(() -> ListingQuery.parse(eu, params(null, null, 101, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("limit"));
    }

    @Test
    void price_bounds_are_amounts_in_the_market_currency() {
        ListingQuery query = ListingQuery.parse(eu, new ListingQuery.Params(null, null, null, "10.50", "20", List.of(),
                null, null, null, null));
        assertThat(query.minPrice()).isEqualTo(1050L);
        assertThat(query.maxPrice()).isEqualTo(2000L);
        assertThatThrownBy(() -> ListingQuery.parse(eu, new ListingQuery.Params(null, null, null, "1.234", null,
                List.of(), null, null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("minPrice"));
    }

    @Test
    void a_cursor_continues_only_the_listing_it_came_from() {
        UUID id = UUID.randomUUID();
        String cursor = ListingQuery.cursor(ListingQuery.Sort.PRICE_ASC, "1990", id);
        ListingQuery next = ListingQuery.parse(eu, params(null, "price-asc", null, cursor));
        assertThat(next.cursor()).isEqualTo(new ListingQuery.Cursor("1990", id));
        assertThatThrownBy(() -> ListingQuery.parse(eu, params(null, "newest", null, cursor)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> ListingQuery.parse(eu, params(null, "price-asc", null, "not-a-cursor")))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_unknown_sort_or_availability_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> ListingQuery.parse(eu, params(null, "cheapest", null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("sort"));
        assertThatThrownBy(() -> ListingQuery.parse(eu, new ListingQuery.Params(null, null, null, null, null, List.of(),
                "plenty", null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("availability"));
    }
}
