package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.events.MalformedEventException;
import dev.meridian.platform.inbox.IdempotentConsumer;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The consumer plumbing every service uses: ignore what is not ours, retry a failing effect, apply it once. */
@QuarkusTest
class IdempotentConsumerTest {

    record Data(String sku) {
    }

    @Inject
    IdempotentConsumer consumer;

    private static String message(String id, String type) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"%s","subject":"s-1",
                 "time":"2026-11-26T08:00:00Z","datacontenttype":"application/json","data":{"sku":"A-1","extra":1}}"""
                .formatted(id, type);
    }

    @Test
    @RunOnVertxContext
    void a_failing_effect_is_retried_until_it_succeeds_and_is_recorded_once(UniAsserter asserter) {
        String id = UUID.randomUUID().toString();
        AtomicInteger attempts = new AtomicInteger();
        asserter.execute(() -> consumer.consume("test.retry", message(id, "meridian.test.thing.v1"), t -> true,
                Data.class, (event, data) -> attempts.incrementAndGet() < 3
                        ? Uni.createFrom().failure(new IllegalStateException("database blinked"))
                        : Uni.createFrom().item(data.sku())));
        asserter.execute(() -> {
            assertThat(attempts.get()).isEqualTo(3);
            assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ?", id)).isEqualTo(1);
        });
    }

    @Test
    @RunOnVertxContext
    void types_the_consumer_does_not_handle_are_ignored_without_an_inbox_row(UniAsserter asserter) {
        String id = UUID.randomUUID().toString();
        AtomicInteger effects = new AtomicInteger();
        asserter.execute(() -> consumer.consume("test.filter", message(id, "meridian.test.other.v1"),
                "meridian.test.thing.v1"::equals, Data.class, (event, data) -> Uni.createFrom().item(effects.incrementAndGet())));
        asserter.execute(() -> {
            assertThat(effects.get()).isZero();
            assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ?", id)).isZero();
        });
    }

    @Test
    @RunOnVertxContext
    void a_malformed_message_fails_at_once_so_the_channel_dead_letters_it(UniAsserter asserter) {
        // Failing (not retrying, not acknowledging) is what sends it to the dead-letter topic: MalformedEventTest.
        AtomicInteger effects = new AtomicInteger();
        asserter.assertFailedWith(() -> consumer.consume("test.malformed", "{not json", t -> true, Data.class,
                (event, data) -> Uni.createFrom().item(effects.incrementAndGet())), MalformedEventException.class);
        asserter.execute(() -> assertThat(effects.get()).isZero());
    }

    @Test
    @RunOnVertxContext
    void unknown_fields_in_data_are_tolerated(UniAsserter asserter) {
        String id = UUID.randomUUID().toString();
        Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
        asserter.execute(() -> consumer.consume("test.tolerant", message(id, "meridian.test.thing.v1"), t -> true,
                Data.class, (event, data) -> Uni.createFrom().item(seen.put("sku", data.sku()))));
        asserter.execute(() -> assertThat(seen).containsEntry("sku", "A-1"));
    }
}
