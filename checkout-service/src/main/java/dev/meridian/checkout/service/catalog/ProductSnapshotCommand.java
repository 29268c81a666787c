package dev.meridian.checkout.service.catalog;

import dev.meridian.checkout.domain.catalog.SalesMarket;
import dev.meridian.checkout.domain.catalog.SellableVariant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product as catalog's latest snapshot states it: its variants with their offers, and the markets named. */
public record ProductSnapshotCommand(UUID productId, long version, Instant updatedAt, List<SellableVariant> variants,
                                     List<SalesMarket> markets) {

    public ProductSnapshotCommand {
        variants = List.copyOf(variants);
        markets = List.copyOf(markets);
    }
}
