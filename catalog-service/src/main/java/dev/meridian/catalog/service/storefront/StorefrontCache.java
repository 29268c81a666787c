package dev.meridian.catalog.service.storefront;

import dev.meridian.catalog.config.StorefrontConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A micro-cache of storefront reads (product pages, list and search pages, sitemaps), keyed by a record of everything
 * that shapes the result ({@link StorefrontKeys}). Why: the same popular pages are requested many times a second; reading one takes several database round
 * trips. Entries live {@code catalog.storefront.cache-ttl} (default 5 s), far inside the {@code max-age=60} these
 * responses already allow CDNs and browsers, so no shopper sees anything older than the HTTP contract permits.
 * 0 turns it off (the tests that change a price and read it back at once use 0). Failures are never cached.
 *
 * <p>Concurrent misses of one key share a single read (no stampede of identical queries when a popular page
 * expires), and while that read runs, requests for an expired entry are answered from it
 * (stale-while-revalidate, bounded by one read time).
 */
@ApplicationScoped
public class StorefrontCache {

    private static final int MAX_ENTRIES = 50_000;

    private record Entry(Object value, long storedAt) {
    }

    private final long ttlNanos;
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Object, Uni<Object>> inflight = new ConcurrentHashMap<>();

    @Inject
    public StorefrontCache(StorefrontConfig config) {
        this(config.cacheTtl());
    }

    public StorefrontCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached value of {@code key}, or the one {@code read} produces (then cached for the TTL). */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> get(Object key, Supplier<Uni<T>> read) {
        if (ttlNanos == 0) {
            return read.get();
        }
        long now = System.nanoTime();
        Entry cached = entries.get(key);
        if (cached != null && now - cached.storedAt() < ttlNanos) {
            return Uni.createFrom().item((T) cached.value());
        }
        Uni<Object> refresh = inflight.computeIfAbsent(key, k -> read.get()
                .map(value -> store(k, value))
                .onTermination().invoke(() -> inflight.remove(k))
                .memoize().indefinitely());
        if (cached != null) {
            refresh.subscribe().with(ignored -> { }, failure -> { }); // refresh in the background, serve stale now
            return Uni.createFrom().item((T) cached.value());
        }
        return refresh.map(value -> (T) value);
    }

    private Object store(Object key, Object value) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, System.nanoTime()));
        return value;
    }
}
