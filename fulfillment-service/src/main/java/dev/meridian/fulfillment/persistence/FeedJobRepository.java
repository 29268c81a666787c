package dev.meridian.fulfillment.persistence;

import dev.meridian.fulfillment.domain.stock.FeedJob;
import dev.meridian.fulfillment.domain.stock.StockFeedLine;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** ERP stock feed jobs: the validated lines and the progress through them, in the caller's transaction. */
@ApplicationScoped
public class FeedJobRepository {

    private static final String NEXT_UNFINISHED = """
            select id from stock_feed_job where status in ('PENDING', 'RUNNING')
            order by created_at limit 1 for update skip locked""";

    public Uni<Void> insert(FeedJob job, List<StockFeedLine> lines) {
        FeedJobEntity e = FeedJobMapper.toEntity(job, new FeedJobEntity());
        e.lines = FeedJobMapper.lines(lines);
        return e.persist().replaceWithVoid();
    }

    public Uni<Optional<FeedJob>> find(UUID id) {
        return FeedJobEntity.<FeedJobEntity>findById(id).map(e -> Optional.ofNullable(e).map(FeedJobMapper::toDomain));
    }

    /** The oldest unfinished job, locked until commit; skips one another worker holds. */
    public Uni<Optional<FeedJob>> lockNextUnfinished() {
        return Panache.getSession().chain(s -> s.createNativeQuery(NEXT_UNFINISHED, UUID.class).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(Optional.<FeedJob>empty()) : find(ids.getFirst()));
    }

    /** One job, locked until commit. */
    public Uni<Optional<FeedJob>> lock(UUID id) {
        return FeedJobEntity.<FeedJobEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(FeedJobMapper::toDomain));
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) of a job loaded in this session, in feed order. */
    public Uni<List<StockFeedLine>> lines(UUID id, int from, int to) {
        return FeedJobEntity.<FeedJobEntity>findById(id)
                .map(e -> FeedJobMapper.lines(e.lines).subList(from, Math.min(to, e.total)));
    }

    public Uni<Void> update(FeedJob job) {
        return FeedJobEntity.<FeedJobEntity>findById(job.id())
                .chain(e -> FeedJobMapper.toEntity(job, e).persist())
                .replaceWithVoid();
    }
}
