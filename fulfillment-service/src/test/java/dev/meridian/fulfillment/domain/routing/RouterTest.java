package dev.meridian.fulfillment.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final StockLocation ORIGIN = location("ORIGIN-PT", LocationKind.ORIGIN, "PT", Set.of(), 100);
    private static final StockLocation DE = location("WH-DE", LocationKind.WAREHOUSE, "DE", Set.of("DE", "AT"), 1);
    private static final StockLocation DE2 = location("WH-DE-2", LocationKind.WAREHOUSE, "DE", Set.of("DE"), 2);
    private static final StockLocation US = location("WH-US", LocationKind.WAREHOUSE, "US", Set.of("US"), 1);

    private static final StockLocation CN = location("ORIGIN-CN", LocationKind.ORIGIN, "CN", Set.of(), 200);

    private final Map<String, Long> stock = new HashMap<>();
    private final Router router = new Router();

    private static StockLocation location(String code, LocationKind kind, String country, Set<String> markets,
                                          int priority) {
        return new StockLocation(code, kind, country, markets, priority, LocalTime.of(15, 0), ZoneId.of("UTC"), 1);
    }

    private void put(String sku, StockLocation location, long units) {
        stock.put(sku + "@" + location.code(), units);
    }

    private RoutingDecision route(String market, OrderLine... lines) {
        return router.route(market, List.of(lines), List.of(ORIGIN, DE, DE2, US),
                (sku, loc) -> stock.getOrDefault(sku + "@" + loc, 0L));
    }

    @Test
    void a_de_order_ships_from_the_de_warehouse_when_it_holds_every_line() {
        put("A", DE, 5);
        put("B", DE, 5);
        put("A", ORIGIN, 50);
        put("B", ORIGIN, 50);

        RoutingDecision decision = route("DE", new OrderLine("A", 2), new OrderLine("B", 1));

        assertThat(decision.reason()).isEqualTo(RoutingReason.LOCAL_WAREHOUSE_COMPLETE);
        assertThat(decision.allocations()).extracting(Allocation::location).containsExactly("WH-DE");
    }

    @Test
    void the_preferred_serving_warehouse_wins_when_two_hold_every_line() {
        put("A", DE, 5);
        put("A", DE2, 5);

        assertThat(route("DE", new OrderLine("A", 1)).allocations().getFirst().location()).isEqualTo("WH-DE");
    }

    private RoutingDecision routeWithTwoOrigins(String market, OrderLine... lines) {
        return router.route(market, List.of(lines), List.of(CN, ORIGIN, DE, US),
                (sku, loc) -> stock.getOrDefault(sku + "@" + loc, 0L));
    }

    @Test
    void with_two_origins_the_preferred_one_ships_when_both_hold_every_line() {
        put("A", ORIGIN, 5);
        put("A", CN, 5);

        assertThat(routeWithTwoOrigins("FR", new OrderLine("A", 1)).allocations().getFirst().location())
                .isEqualTo("ORIGIN-PT");
    }

    @Test
    void with_two_origins_the_one_holding_every_line_ships_them() {
        put("A", ORIGIN, 1);
        put("A", CN, 5);

        RoutingDecision decision = routeWithTwoOrigins("FR", new OrderLine("A", 3));

        assertThat(decision.reason()).isEqualTo(RoutingReason.ORIGIN_COMPLETE);
        assertThat(decision.allocations().getFirst().location()).isEqualTo("ORIGIN-CN");
    }

    @Test
    void a_second_origin_in_a_country_that_has_one_is_a_conflict() {
        StockLocation secondPt = location("ORIGIN-PT2", LocationKind.ORIGIN, "PT", Set.of(), 300);

        assertThatThrownBy(() -> Origins.requireUnique(secondPt, List.of(ORIGIN, CN)))
                .isInstanceOf(dev.meridian.platform.failure.StateConflict.class).hasMessageContaining("ORIGIN-PT");
    }

    @Test
    void replacing_an_origin_is_not_a_second_one() {
        Origins.requireUnique(ORIGIN, List.of(ORIGIN, CN));
    }

    @Test
    void a_de_order_ships_from_origin_when_the_de_warehouse_lacks_stock() {
        put("A", DE, 1);
        put("A", ORIGIN, 50);

        RoutingDecision decision = route("DE", new OrderLine("A", 2));

        assertThat(decision.reason()).isEqualTo(RoutingReason.ORIGIN_COMPLETE);
        assertThat(decision.allocations()).extracting(Allocation::location).containsExactly("ORIGIN-PT");
        assertThat(decision.explanation()).contains("no warehouse serving DE holds every line");
    }

    @Test
    void a_warehouse_that_does_not_serve_the_market_is_never_used() {
        put("A", US, 50);
        put("A", ORIGIN, 50);

        assertThat(route("DE", new OrderLine("A", 1)).allocations().getFirst().location()).isEqualTo("ORIGIN-PT");
    }

    @Test
    void a_partial_order_splits_per_line_preferring_the_serving_warehouse() {
        put("A", DE, 5);      // only the warehouse has A
        put("B", ORIGIN, 5);  // only the origin has B
        put("C", DE, 5);      // both have C: the warehouse is preferred
        put("C", ORIGIN, 5);

        RoutingDecision decision = route("DE", new OrderLine("A", 1), new OrderLine("B", 1), new OrderLine("C", 1));

        assertThat(decision.reason()).isEqualTo(RoutingReason.SPLIT);
        assertThat(decision.allocations()).containsExactly(
                new Allocation("WH-DE", List.of(new OrderLine("A", 1), new OrderLine("C", 1))),
                new Allocation("ORIGIN-PT", List.of(new OrderLine("B", 1))));
    }

    @Test
    void a_line_is_never_split_across_locations() {
        put("A", DE, 1);
        put("A", ORIGIN, 1);

        assertThatThrownBy(() -> route("DE", new OrderLine("A", 2)))
                .isInstanceOf(UnroutableOrder.class).hasMessageContaining("A");
    }
}
