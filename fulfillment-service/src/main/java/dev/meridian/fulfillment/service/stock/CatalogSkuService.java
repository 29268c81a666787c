package dev.meridian.fulfillment.service.stock;

import dev.meridian.fulfillment.persistence.SkuRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Registers and updates SKUs from catalog's product snapshots, so shipping weights and customs data follow the
 * catalog instead of being typed in twice; in the caller's transaction (the consumer's, with its inbox record).
 */
@ApplicationScoped
public class CatalogSkuService {

    /** One variant of a catalog product snapshot as fulfillment keeps it. */
    public record CatalogVariant(String sku, Integer weightGrams, String hsCode, String originCountry,
                                 String description, String productId, long version, Instant updatedAt) {
    }

    private final SkuRepository skus;
    private final Clock clock;

    public CatalogSkuService(SkuRepository skus, Clock clock) {
        this.skus = skus;
        this.clock = clock;
    }

    /** An older snapshot never overwrites a newer one (see {@link SkuRepository#applyCatalogVariant}). */
    public Uni<Void> apply(List<CatalogVariant> variants) {
        return Multi.createFrom().iterable(variants).onItem().transformToUniAndConcatenate(v ->
                        skus.applyCatalogVariant(new SkuRepository.Variant(v.sku(), v.weightGrams(), v.hsCode(),
                                v.originCountry(), v.description(), v.productId(), v.version(), v.updatedAt()),
                                clock.instant()))
                .collect().asList().replaceWithVoid();
    }
}
