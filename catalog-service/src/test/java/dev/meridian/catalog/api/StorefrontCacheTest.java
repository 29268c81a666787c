package dev.meridian.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StorefrontCacheTest {

    private final AtomicInteger renders = new AtomicInteger();

    private Uni<Response> page() {
        renders.incrementAndGet();
        return Uni.createFrom().item(Response.ok("{\"n\":1}".getBytes(), "application/json")
                .header("ETag", "\"abc\"").header("Cache-Control", "public, max-age=60").build());
    }

    @Test
    void a_repeated_request_within_the_ttl_is_served_without_rendering_again() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        cache.get("k", null, this::page).await().indefinitely();
        Response second = cache.get("k", null, this::page).await().indefinitely();
        assertThat(renders.get()).isEqualTo(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getHeaderString("ETag")).isEqualTo("\"abc\"");
    }

    @Test
    void if_none_match_is_answered_304_from_the_cached_etag() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        cache.get("k", null, this::page).await().indefinitely();
        Response notModified = cache.get("k", "\"abc\"", this::page).await().indefinitely();
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getEntity()).isNull();
        assertThat(notModified.getHeaderString("Cache-Control")).contains("max-age");
    }

    @Test
    void with_a_zero_ttl_if_none_match_is_still_answered_304() {
        StorefrontCache cache = new StorefrontCache(Duration.ZERO);
        assertThat(cache.get("k", "\"abc\"", this::page).await().indefinitely().getStatus()).isEqualTo(304);
    }

    @Test
    void a_zero_ttl_renders_every_time() {
        StorefrontCache cache = new StorefrontCache(Duration.ZERO);
        cache.get("k", null, this::page).await().indefinitely();
        cache.get("k", null, this::page).await().indefinitely();
        assertThat(renders.get()).isEqualTo(2);
    }

    @Test
    void failures_are_never_cached() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        AtomicInteger attempts = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            cache.get("missing", null, () -> {
                attempts.incrementAndGet();
                return Uni.createFrom().failure(new IllegalStateException("404"));
            }).onFailure().recoverWithNull().await().indefinitely();
        }
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void concurrent_misses_of_one_key_share_a_single_render() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        io.smallrye.mutiny.subscription.UniEmitter<? super Response>[] pending = new io.smallrye.mutiny.subscription.UniEmitter[1];
        java.util.function.Supplier<Uni<Response>> slow = () -> {
            renders.incrementAndGet();
            return Uni.createFrom().emitter(e -> pending[0] = e);
        };
        var first = cache.get("k", null, slow).subscribeAsCompletionStage();
        var second = cache.get("k", null, slow).subscribeAsCompletionStage();
        pending[0].complete(Response.ok("x".getBytes(), "application/json").header("ETag", "\"x\"").build());
        assertThat(first.join().getStatus()).isEqualTo(200);
        assertThat(second.join().getStatus()).isEqualTo(200);
        assertThat(renders.get()).isEqualTo(1);
    }
}
