package dev.meridian.checkout.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "promotion")
public class PromotionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Documents.PromotionDefinition definition;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "usage_limit")
    public Long usageLimit;

    @Column(name = "usage_limit_per_customer")
    public Long usageLimitPerCustomer;

    @Column(name = "exclusivity_group")
    public String exclusivityGroup;

    public int priority;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
