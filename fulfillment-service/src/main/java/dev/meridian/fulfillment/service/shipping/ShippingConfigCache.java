package dev.meridian.fulfillment.service.shipping;

import dev.meridian.fulfillment.domain.routing.StockLocation;
import dev.meridian.fulfillment.domain.shipping.MarketPolicy;
import dev.meridian.fulfillment.domain.shipping.ShippingConfiguration;
import dev.meridian.fulfillment.persistence.ShippingConfigRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Markets, stock locations, zones, services and rate tables: small, read on every reservation and quote, and
 * changed rarely. Held in memory as one immutable snapshot, so a quote needs no query and a reservation no
 * configuration query. A change made through this service ({@link #invalidate()}) is visible at once; one made
 * elsewhere (SQL, another instance) within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class ShippingConfigCache {

    static final Duration MAX_AGE = Duration.ofSeconds(5);

    private record Snapshot(ShippingConfiguration configuration, long loadedAtNanos) {
    }

    private final ShippingConfigRepository repository;
    private volatile Snapshot current;
    /** Bumped by every invalidation, so a load that started before a change never installs its stale result. */
    private final AtomicLong generation = new AtomicLong();

    public ShippingConfigCache(ShippingConfigRepository repository) {
        this.repository = repository;
    }

    /** Forget the snapshot: the next reader loads it again (call after a configuration change commits). */
    public void invalidate() {
        generation.incrementAndGet();
        current = null;
    }

    /** The current configuration; loads it in the caller's session (or a new one) when missing or too old. */
    public Uni<ShippingConfiguration> configuration() {
        Snapshot s = current;
        if (s != null && System.nanoTime() - s.loadedAtNanos() < MAX_AGE.toNanos()) {
            return Uni.createFrom().item(s.configuration());
        }
        long started = System.nanoTime();
        long loadingGeneration = generation.get();
        return Panache.withSession(repository::load).invoke(loaded -> {
            if (generation.get() == loadingGeneration) {
                current = new Snapshot(loaded, started);
            }
        });
    }

    public Uni<Optional<MarketPolicy>> market(String code) {
        return configuration().map(c -> Optional.ofNullable(code == null ? null : c.markets().get(code)));
    }

    public Uni<List<StockLocation>> locations() {
        return configuration().map(ShippingConfiguration::locations);
    }
}
