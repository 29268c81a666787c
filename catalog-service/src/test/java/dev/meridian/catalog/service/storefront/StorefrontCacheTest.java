package dev.meridian.catalog.service.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StorefrontCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Uni<String> page() {
        return Uni.createFrom().item(() -> "page " + reads.incrementAndGet());
    }

    @Test
    void a_repeated_read_within_the_ttl_is_served_without_reading_again() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        String first = cache.get("k", this::page).await().indefinitely();
        String second = cache.get("k", this::page).await().indefinitely();
        assertThat(reads.get()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void different_keys_are_different_entries() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        cache.get("a", this::page).await().indefinitely();
        cache.get("b", this::page).await().indefinitely();
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void a_zero_ttl_reads_every_time() {
        StorefrontCache cache = new StorefrontCache(Duration.ZERO);
        cache.get("k", this::page).await().indefinitely();
        cache.get("k", this::page).await().indefinitely();
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void failures_are_never_cached() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        AtomicInteger attempts = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            cache.get("missing", () -> {
                attempts.incrementAndGet();
                return Uni.createFrom().failure(new IllegalStateException("404"));
            }).onFailure().recoverWithNull().await().indefinitely();
        }
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void concurrent_misses_of_one_key_share_a_single_read() {
        StorefrontCache cache = new StorefrontCache(Duration.ofSeconds(30));
        AtomicReference<UniEmitter<? super String>> pending = new AtomicReference<>();
        Supplier<Uni<String>> slow = () -> {
            reads.incrementAndGet();
            return Uni.createFrom().<String>emitter(pending::set);
        };
        CompletableFuture<String> first = cache.get("k", slow).subscribeAsCompletionStage();
        CompletableFuture<String> second = cache.get("k", slow).subscribeAsCompletionStage();
        pending.get().complete("x");
        assertThat(first.join()).isEqualTo("x");
        assertThat(second.join()).isEqualTo("x");
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void an_expired_entry_is_served_while_one_refresh_runs() throws Exception {
        StorefrontCache cache = new StorefrontCache(Duration.ofMillis(1));
        cache.get("k", () -> Uni.createFrom().item("old")).await().indefinitely();
        AtomicReference<UniEmitter<? super String>> pending = new AtomicReference<>();
        Supplier<Uni<String>> slow = () -> Uni.createFrom().<String>emitter(pending::set);
        long expired = System.nanoTime() + Duration.ofMillis(5).toNanos();
        while (System.nanoTime() < expired) {
            Thread.onSpinWait();
        }
        assertThat(cache.get("k", slow).await().indefinitely()).isEqualTo("old");
        pending.get().complete("new");
        assertThat(cache.get("k", () -> Uni.createFrom().item("unused")).await().indefinitely()).isEqualTo("new");
    }
}
