package dev.meridian.catalog.service.changefeed;

import dev.meridian.catalog.config.ChangeFeedConfig;
import dev.meridian.catalog.domain.product.ProductChange;
import dev.meridian.catalog.persistence.ChangeFeedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Change feed for integrators: products ordered by (updatedAt, id), resumed after the last one seen, so a consumer
 * catches up after downtime without gaps or repeats. Changes younger than the settle window are held back: a
 * transaction that started earlier may still commit a smaller updatedAt.
 */
@ApplicationScoped
public class ChangeFeedService {

    private final ChangeFeedRepository changes;
    private final ChangeFeedConfig config;
    private final Clock clock;

    public ChangeFeedService(ChangeFeedRepository changes, ChangeFeedConfig config, Clock clock) {
        this.changes = changes;
        this.config = config;
        this.clock = clock;
    }

    /** Up to {@code limit} changes after the position ({@code after}, {@code afterId}). */
    public Uni<List<ProductChange>> after(OffsetDateTime after, UUID afterId, int limit) {
        OffsetDateTime horizon = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minus(config.settle());
        return changes.after(after, afterId, horizon, limit);
    }
}
