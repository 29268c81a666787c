package dev.meridian.platform.inbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes inbox rows older than the retention. An id only needs remembering while its event can still be
 * redelivered: Kafka keeps a topic's records for its retention (7 days by default), so the default keeps ids for
 * twice that. A record replayed from the dead-letter topic after that is applied again; consumers whose effect is
 * not naturally idempotent also compare versions (an older snapshot never overwrites a newer one).
 */
@ApplicationScoped
public class InboxPruner {

    private static final Logger LOG = Logger.getLogger(InboxPruner.class);
    private static final String DELETE = """
            delete from inbox_event where ctid = any(array(
              select ctid from inbox_event where processed_at < now() - make_interval(secs => $1) limit 10000))""";

    @ConfigMapping(prefix = "meridian.inbox")
    public interface InboxConfig {
        /** How long a processed event id is remembered; at least the longest topic retention plus a margin. */
        @WithDefault("14d")
        Duration retention();
    }

    private final Pool pool;
    private final InboxConfig config;

    public InboxPruner(Pool pool, InboxConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** Deletes in slices, so one run never holds a long lock. Returns the rows deleted. */
    public long pruneOnce() {
        long total = 0;
        int deleted;
        do {
            deleted = pool.preparedQuery(DELETE).execute(Tuple.of((double) config.retention().toSeconds()))
                    .await().atMost(Duration.ofMinutes(1)).rowCount();
            total += deleted;
        } while (deleted == 10_000);
        if (total > 0) {
            LOG.infof("inbox: pruned %d event ids older than %s", total, config.retention());
        }
        return total;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        pruneOnce();
    }
}
