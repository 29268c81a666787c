package dev.meridian.catalog.service.imports;

import dev.meridian.catalog.config.ImportConfig;
import dev.meridian.catalog.domain.imports.ClaimedJob;
import dev.meridian.catalog.persistence.ImportJobRepository;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs import jobs one at a time per instance: right after a submission ({@link #kick}) and on every poll, which
 * also takes over jobs a crashed instance left running (their cursor stopped moving for {@code stale-after}) and
 * retries jobs whose last attempt failed, until they have had {@code max-attempts}.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportJobRepository jobs;
    private final ImportRunner imports;
    private final ImportConfig config;
    private final Vertx vertx;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    public ImportWorker(ImportJobRepository jobs, ImportRunner imports, ImportConfig config, Vertx vertx) {
        this.jobs = jobs;
        this.imports = imports;
        this.config = config;
        this.vertx = vertx;
    }

    /** Starts work now, on a context of its own (the request that submitted the job is over by then). */
    public void kick() {
        requested.set(true);
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true); // Hibernate Reactive needs a safe, isolated context
        context.runOnContext(ignored -> drain()
                .subscribe().with(done -> { }, failure -> LOG.warn("import work failed", failure)));
    }

    @Scheduled(every = "${catalog.import.poll-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        requested.set(true);
        return drain();
    }

    private Uni<Void> drain() {
        if (!busy.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        requested.set(false);
        return runAll()
                .onTermination().invoke(() -> busy.set(false))
                // a submission that arrived while this worker was finishing must not wait for the next poll
                .chain(() -> requested.get() ? drain() : Uni.createFrom().voidItem());
    }

    private Uni<Void> runAll() {
        return jobs.claimNext(config.staleAfter()).chain(claimed -> claimed
                .map(job -> attempt(job).chain(this::runAll))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    /**
     * Runs one claimed job. A job that fails is given back with its reason (and waits before it is tried again, behind
     * the others); after its last attempt it is failed. A job claimed more often than allowed without ever failing
     * cleanly (its worker kept dying) is failed right away.
     */
    private Uni<Void> attempt(ClaimedJob job) {
        if (job.attempts() > config.maxAttempts()) {
            LOG.warnf("import %s given up after %d attempts", job.id(), job.attempts() - 1);
            return jobs.fail(job.id(), "given up after " + (job.attempts() - 1) + " attempts that did not finish")
                    .replaceWithVoid();
        }
        return imports.run(job)
                .onFailure().call(f -> {
                    LOG.warnf(f, "import %s stopped (attempt %d of %d)", job.id(), job.attempts(), config.maxAttempts());
                    return jobs.release(job.id(), reason(f), config.maxAttempts(), config.retryBackoff());
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static String reason(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
