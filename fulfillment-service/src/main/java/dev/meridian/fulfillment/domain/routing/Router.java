package dev.meridian.fulfillment.domain.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongBiFunction;

/**
 * Chooses where an order ships from (docs/adr/030-fulfillment-routing-and-oversell.md):
 * <ol>
 *   <li>the preferred (lowest priority number) warehouse serving the destination country that holds every line;</li>
 *   <li>else the first origin (by priority, then code; there may be one per country) that holds every line;</li>
 *   <li>else split per line: each line goes to the first of [serving warehouses by priority, origins] that holds
 *       that line in full. A line is never split across locations (one line, one parcel); a line nobody holds in
 *       full makes the order unroutable.</li>
 * </ol>
 */
public final class Router {

    /**
     * @param destinationCountry where the order goes: warehouses serving it are tried first
     * @param available          units available for (sku, location code)
     */
    public RoutingDecision route(String destinationCountry, List<OrderLine> lines, List<StockLocation> locations,
                                 ToLongBiFunction<String, String> available) {
        List<StockLocation> origins = Origins.of(locations);
        List<StockLocation> warehouses = serving(destinationCountry, locations);
        for (StockLocation warehouse : warehouses) {
            if (holdsAll(warehouse, lines, available)) {
                return new RoutingDecision(List.of(new Allocation(warehouse.code(), lines)),
                        RoutingReason.LOCAL_WAREHOUSE_COMPLETE,
                        "warehouse " + warehouse.code() + " serves " + destinationCountry + " and holds every line");
            }
        }
        for (StockLocation origin : origins) {
            if (holdsAll(origin, lines, available)) {
                return new RoutingDecision(List.of(new Allocation(origin.code(), lines)),
                        RoutingReason.ORIGIN_COMPLETE, (warehouses.isEmpty()
                        ? "no warehouse serves " + destinationCountry + "; origin " + origin.code() + " holds every line"
                        : "no warehouse serving " + destinationCountry + " holds every line; origin " + origin.code() + " does"));
            }
        }
        List<StockLocation> candidates = new ArrayList<>(warehouses);
        candidates.addAll(origins);
        return split(destinationCountry, lines, candidates, available);
    }

    private static RoutingDecision split(String destinationCountry, List<OrderLine> lines, List<StockLocation> candidates,
                                         ToLongBiFunction<String, String> available) {
        Map<String, List<OrderLine>> byLocation = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (OrderLine line : lines) {
            Optional<StockLocation> from = candidates.stream()
                    .filter(l -> available.applyAsLong(line.sku(), l.code()) >= line.quantity()).findFirst();
            from.ifPresentOrElse(l -> byLocation.computeIfAbsent(l.code(), k -> new ArrayList<>()).add(line),
                    () -> missing.add(line.sku()));
        }
        if (!missing.isEmpty()) {
            throw new UnroutableOrder(missing);
        }
        List<Allocation> allocations = byLocation.entrySet().stream()
                .map(e -> new Allocation(e.getKey(), e.getValue())).toList();
        return new RoutingDecision(allocations, RoutingReason.SPLIT,
                "no single location holds every line for " + destinationCountry + "; each line ships from the first of "
                        + candidates.stream().map(StockLocation::code).toList() + " that holds it in full");
    }

    /** Warehouses serving the country, by priority. */
    private static List<StockLocation> serving(String destinationCountry, List<StockLocation> locations) {
        return locations.stream().filter(l -> l.serves(destinationCountry))
                .sorted(Comparator.comparingInt(StockLocation::priority).thenComparing(StockLocation::code)).toList();
    }

    private static boolean holdsAll(StockLocation location, List<OrderLine> lines,
                                    ToLongBiFunction<String, String> available) {
        return lines.stream().allMatch(l -> available.applyAsLong(l.sku(), location.code()) >= l.quantity());
    }
}
