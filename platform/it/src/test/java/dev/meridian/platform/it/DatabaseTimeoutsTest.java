package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every pooled connection starts with a statement timeout and an idle-in-transaction timeout (platform defaults). */
@QuarkusTest
class DatabaseTimeoutsTest {

    @Inject
    Pool pool;

    private String show(String setting) {
        return pool.query("show " + setting).execute().await().atMost(Duration.ofSeconds(10))
                .iterator().next().getString(0);
    }

    @Test
    void statements_are_bounded() {
        assertThat(show("statement_timeout")).isEqualTo("30s");
    }

    @Test
    void idle_transactions_are_bounded() {
        assertThat(show("idle_in_transaction_session_timeout")).isEqualTo("1min");
    }
}
