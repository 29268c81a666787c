package dev.meridian.compliance.service.restriction;

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
 * Runs re-evaluation jobs one at a time per instance: right after a change committed ({@link #kick}) and on every
 * {@code meridian.compliance.reevaluation.poll-interval}, which also takes over jobs a stopped instance left
 * running. A bean of its own, without roles: the scheduler has no identity.
 */
@ApplicationScoped
public class ReevaluationWorker {

    private static final Logger LOG = Logger.getLogger(ReevaluationWorker.class);

    private final Reevaluations reevaluations;
    private final Vertx vertx;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    public ReevaluationWorker(Reevaluations reevaluations, Vertx vertx) {
        this.reevaluations = reevaluations;
        this.vertx = vertx;
    }

    /** Starts work now, on a context of its own (the request that queued the job is over by then). */
    public void kick() {
        requested.set(true);
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true); // Hibernate Reactive needs a safe, isolated context
        context.runOnContext(ignored -> drain()
                .subscribe().with(done -> { }, failure -> LOG.warn("re-evaluation failed; the next poll retries", failure)));
    }

    @Scheduled(every = "${meridian.compliance.reevaluation.poll-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        requested.set(true);
        return drain().onFailure().invoke(e -> LOG.warn("re-evaluation failed; the next poll retries", e))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> drain() {
        if (!busy.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        requested.set(false);
        return runAll()
                .onTermination().invoke(() -> busy.set(false))
                // a change that committed while this worker was finishing must not wait for the next poll
                .chain(() -> requested.get() ? drain() : Uni.createFrom().voidItem());
    }

    private Uni<Void> runAll() {
        return reevaluations.runNext().chain(ran -> ran.isPresent() ? runAll() : Uni.createFrom().voidItem());
    }
}
