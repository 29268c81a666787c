package dev.meridian.fulfillment.domain.routing;

import dev.meridian.platform.failure.StateConflict;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The origin locations among all locations: there may be several (one per country), preferred by priority (lower
 * first), then by code, so every use case picks the same one.
 */
public final class Origins {

    private static final Comparator<StockLocation> PREFERENCE =
            Comparator.comparingInt(StockLocation::priority).thenComparing(StockLocation::code);

    private Origins() {
    }

    /** Every origin, most preferred first. */
    public static List<StockLocation> of(List<StockLocation> locations) {
        return locations.stream().filter(l -> l.kind() == LocationKind.ORIGIN).sorted(PREFERENCE).toList();
    }

    public static Optional<StockLocation> preferred(List<StockLocation> locations) {
        return of(locations).stream().findFirst();
    }

    /** A location about to be stored must not be a second origin in a country that has one (409). */
    public static void requireUnique(StockLocation candidate, List<StockLocation> existing) {
        if (candidate.kind() != LocationKind.ORIGIN) {
            return;
        }
        existing.stream().filter(l -> l.kind() == LocationKind.ORIGIN && !l.code().equals(candidate.code())
                        && l.country().equals(candidate.country())).findFirst()
                .ifPresent(other -> {
                    throw new StateConflict("there is already an origin in " + candidate.country() + " ("
                            + other.code() + "); one origin per country, so " + candidate.code() + " was not stored");
                });
    }
}
