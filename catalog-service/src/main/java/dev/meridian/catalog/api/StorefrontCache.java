package dev.meridian.catalog.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A micro-cache of rendered storefront responses (product pages, list and search pages), keyed by everything
 * that shapes the body. Why: the same popular pages are requested many times a second; rendering one takes
 * several database round trips. Entries live {@code catalog.storefront.cache-ttl} (default 5 s), far inside
 * the {@code max-age=60} these responses already allow CDNs and browsers, so no shopper sees anything older than
 * the HTTP contract permits. 0 turns it off (the tests that change a price and read it back at once use 0).
 * Errors are never cached; If-None-Match is answered from the cached ETag.
 *
 * <p>Concurrent misses of one key share a single render (no stampede of identical queries when a popular page
 * expires), and while that render runs, requests for an expired entry are answered from it
 * (stale-while-revalidate, bounded by one render time).
 */
@ApplicationScoped
public class StorefrontCache {

    private static final int MAX_ENTRIES = 50_000;

    private record Entry(int status, Object body, MultivaluedMap<String, Object> headers, long storedAt) {

        Response respond(String ifNoneMatch) {
            Object etag = headers.getFirst("ETag");
            boolean notModified = status == 200 && etag != null && ifNoneMatch != null
                    && (ifNoneMatch.contains(etag.toString()) || ifNoneMatch.strip().equals("*"));
            Response.ResponseBuilder response = notModified ? Response.notModified() : Response.status(status).entity(body);
            headers.forEach((name, values) -> {
                if (!notModified || !name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> response.header(name, v));
                }
            });
            return response.build();
        }
    }

    private final long ttlNanos;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Uni<Entry>> inflight = new ConcurrentHashMap<>();

    public StorefrontCache(@ConfigProperty(name = "catalog.storefront.cache-ttl", defaultValue = "5s") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** @param render produces the full response for this key, ignoring If-None-Match (answered here) */
    public Uni<Response> get(String key, String ifNoneMatch, Supplier<Uni<Response>> render) {
        if (ttlNanos == 0) {
            return render.get().map(response -> entry(response).respond(ifNoneMatch));
        }
        long now = System.nanoTime();
        Entry cached = entries.get(key);
        if (cached != null && now - cached.storedAt() < ttlNanos) {
            return Uni.createFrom().item(cached.respond(ifNoneMatch));
        }
        Uni<Entry> refresh = inflight.computeIfAbsent(key, k -> render.get()
                .map(response -> store(k, response))
                .onTermination().invoke(() -> inflight.remove(k))
                .memoize().indefinitely());
        if (cached != null) {
            refresh.subscribe().with(ignored -> { }, failure -> { }); // refresh in the background, serve stale now
            return Uni.createFrom().item(cached.respond(ifNoneMatch));
        }
        return refresh.map(entry -> entry.respond(ifNoneMatch));
    }

    private static Entry entry(Response response) {
        return new Entry(response.getStatus(), response.getEntity(), new MultivaluedHashMap<>(response.getMetadata()),
                System.nanoTime());
    }

    private Entry store(String key, Response response) {
        Entry fresh = entry(response);
        if (fresh.status() == 200 || fresh.status() == 301) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, fresh);
        }
        return fresh;
    }
}
