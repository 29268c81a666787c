package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.inbox.Inbox;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The inbox every consumer goes through: one effect per event id, and a failed effect leaves the id free. */
@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    private static CloudEvent event() {
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/test", "meridian.test.thing.happened.v1",
                "thing-1", OffsetDateTime.now(), "application/json", null, null);
    }

    @Test
    @RunOnVertxContext
    void one_event_delivered_three_times_has_one_effect(UniAsserter asserter) {
        CloudEvent event = event();
        AtomicInteger effects = new AtomicInteger();
        asserter.execute(() -> deliver(event, effects));
        asserter.execute(() -> deliver(event, effects));
        asserter.assertEquals(() -> deliver(event, effects), false);
        asserter.execute(() -> {
            assertThat(effects.get()).isEqualTo(1);
            assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ?", event.id())).isEqualTo(1);
        });
    }

    @Test
    @RunOnVertxContext
    void an_effect_that_fails_leaves_the_event_unprocessed_so_redelivery_retries_it(UniAsserter asserter) {
        CloudEvent event = event();
        AtomicInteger effects = new AtomicInteger();
        asserter.assertFailedWith(() -> inbox.processOnce("test-consumer", event,
                () -> Uni.createFrom().failure(new IllegalStateException("downstream failed"))), IllegalStateException.class);
        asserter.assertEquals(() -> deliver(event, effects), true);
        asserter.execute(() -> assertThat(effects.get()).isEqualTo(1));
    }

    private Uni<Boolean> deliver(CloudEvent event, AtomicInteger effects) {
        return inbox.processOnce("test-consumer", event, () -> Uni.createFrom().item(effects.incrementAndGet()));
    }
}
