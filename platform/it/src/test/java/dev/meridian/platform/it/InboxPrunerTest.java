package dev.meridian.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.inbox.InboxPruner;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event ids are remembered for the retention (14 days by default), then pruned; recent ones stay. */
@QuarkusTest
class InboxPrunerTest {

    @Inject
    InboxPruner pruner;

    @Test
    void ids_older_than_the_retention_are_pruned_and_recent_ones_kept() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        TestDatabase.execute("insert into inbox_event (consumer, event_id, event_type, processed_at) "
                + "values ('prune', ?, 't', now() - interval '15 days')", old);
        TestDatabase.execute("insert into inbox_event (consumer, event_id, event_type, processed_at) "
                + "values ('prune', ?, 't', now() - interval '13 days')", recent);

        assertThat(pruner.pruneOnce()).isGreaterThanOrEqualTo(1);

        assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ?", old)).isZero();
        assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ?", recent)).isEqualTo(1);
    }
}
