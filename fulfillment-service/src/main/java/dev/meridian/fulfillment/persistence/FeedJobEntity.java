package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "stock_feed_job")
public class FeedJobEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String status;

    public int total;

    public int processed;

    public int applied;

    @Column(name = "skipped_stale")
    public int skippedStale;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonColumns.FeedLines lines;

    public int attempts;

    @Column(name = "failed_line")
    public Integer failedLine;

    public String error;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
