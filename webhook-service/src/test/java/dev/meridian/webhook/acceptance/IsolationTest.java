package dev.meridian.webhook.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.webhook.support.Db;
import dev.meridian.webhook.support.Endpoints;
import dev.meridian.webhook.support.Events;
import dev.meridian.webhook.support.Receiver;
import dev.meridian.webhook.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 acceptance: a healthy endpoint beside one that hangs keeps delivering. */
@QuarkusTest
class IsolationTest {

    private Receiver healthy;
    private Receiver hanging;

    @BeforeEach
    void setUp() {
        TestClock.reset();
        healthy = Receiver.start();
        hanging = Receiver.start().hang();
    }

    @AfterEach
    void cleanUp() {
        Endpoints.deleteAll();
        healthy.close();
        hanging.close();
    }

    @Test
    void a_healthy_endpoint_gets_every_message_while_its_neighbour_hangs() {
        var slow = Endpoints.to(hanging.url()).ordering("NONE").register();
        Endpoints.to(healthy.url()).ordering("NONE").register();
        for (int i = 0; i < 30; i++) {
            Events.expired(UUID.randomUUID().toString()).publish(Events.TOPIC);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> healthy.count() == 30);
        long firstHang = hanging.requests().getFirst().receivedNanos();
        long lastHealthy = healthy.requests().getLast().receivedNanos();
        // All 30 arrived while the hanging endpoint's first requests were still open (they time out after 15 s).
        assertThat(Duration.ofNanos(lastHealthy - firstHang)).isLessThan(Duration.ofSeconds(15));
        // The hanging endpoint holds at most its concurrency in flight; the rest waits in its own queue.
        assertThat(hanging.count()).isLessThanOrEqualTo(4);
        assertThat(Db.count("select count(*) from webhook_message where endpoint_id = ?::uuid "
                + "and status in ('PENDING', 'SENDING')", slow.id())).isEqualTo(30);
    }

    @Test
    void a_throttled_endpoint_is_sent_no_faster_than_its_rate() {
        var throttled = Endpoints.to(healthy.url()).ordering("NONE").throttle(5).register();
        for (int i = 0; i < 15; i++) {
            Events.expired(UUID.randomUUID().toString()).publish(Events.TOPIC);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> healthy.count() == 15);
        // A full bucket allows a burst of 5; the other 10 at 5 per second take 2 s (unthrottled: well under 0.5 s;
        // the bound leaves room for connection set-up on the first request).
        long first = healthy.requests().getFirst().receivedNanos();
        long last = healthy.requests().getLast().receivedNanos();
        assertThat(Duration.ofNanos(last - first)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(Db.count("select count(*) from delivery_attempt where endpoint_id = ?::uuid", throttled.id()))
                .isEqualTo(15);
    }
}
