package dev.meridian.compliance.service.restriction;

import dev.meridian.compliance.config.ComplianceConfig;
import dev.meridian.compliance.domain.restriction.ReevaluationJob;
import dev.meridian.compliance.persistence.ProductRepository;
import dev.meridian.compliance.persistence.ReevaluationJobRepository;
import dev.meridian.platform.failure.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Re-evaluating every known product after a rule or term change, as a background job with progress: the change's
 * transaction only queues the job, and each product is then evaluated in a transaction of its own together with
 * the job's cursor, so no admin request waits for it, no transaction holds the audit lock for long, and a job whose
 * instance stops resumes after its last product on another.
 */
@ApplicationScoped
public class Reevaluations {

    private final ReevaluationJobRepository jobs;
    private final ProductRepository products;
    private final MarketStatusService statuses;
    private final ComplianceConfig config;
    private final Clock clock;

    public Reevaluations(ReevaluationJobRepository jobs, ProductRepository products, MarketStatusService statuses,
                         ComplianceConfig config, Clock clock) {
        this.jobs = jobs;
        this.products = products;
        this.statuses = statuses;
        this.config = config;
        this.clock = clock;
    }

    /** Queues a job in the caller's transaction: it exists exactly when the change that needs it commits. */
    public Uni<ReevaluationJob> queue(String reason, String actor) {
        ReevaluationJob job = ReevaluationJob.queued(reason, actor, clock.instant());
        return jobs.insert(job).replaceWith(job);
    }

    public Uni<ReevaluationJob> find(UUID id) {
        return Panache.withSession(() -> jobs.find(id))
                .map(found -> found.orElseThrow(() -> new NotFound("re-evaluation", id)));
    }

    /** Claims the next job and runs it to completion; empty when there was none to claim. */
    public Uni<Optional<UUID>> runNext() {
        return Panache.withTransaction(() -> jobs.claimNext(clock.instant(), config.reevaluation().staleAfter()))
                .chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(Optional.<UUID>empty())
                        : run(claimed.get()).replaceWith(Optional.of(claimed.get().id()))
                        .onFailure(e -> !(e instanceof JobTakenOver))
                        .call(e -> Panache.withTransaction(() -> jobs.release(claimed.get().id()))));
    }

    /** One product per transaction, in id order after the job's cursor, until none is left. */
    private Uni<Void> run(ReevaluationJob job) {
        AtomicReference<String> cursor = new AtomicReference<>(job.cursor());
        return Multi.createBy().repeating().uni(() -> step(job.id(), cursor))
                .whilst(more -> more)
                .collect().last().replaceWithVoid();
    }

    /** Evaluates the product after the cursor and moves the cursor past it, in one transaction; false when done. */
    private Uni<Boolean> step(UUID id, AtomicReference<String> cursor) {
        String after = cursor.get();
        return Panache.withTransaction(() -> products.nextAfter(after).chain(next -> {
            if (next.isEmpty()) {
                return jobs.complete(id, clock.instant()).replaceWith(Optional.<String>empty());
            }
            return statuses.reevaluate(next.get())
                    .chain(changed -> jobs.advance(id, after, next.get(), changed, clock.instant()))
                    .map(advanced -> {
                        if (!advanced) {
                            throw new JobTakenOver(id);
                        }
                        return next;
                    });
        })).map(done -> {
            done.ifPresent(cursor::set); // only once committed
            return done.isPresent();
        });
    }

    /** Another instance claimed the job (this one looked dead): this worker stops, that one goes on. */
    static final class JobTakenOver extends RuntimeException {
        JobTakenOver(UUID id) {
            super("re-evaluation " + id + " was taken over by another worker", null, false, false);
        }
    }
}
