package dev.meridian.checkout.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "checkout_quote")
public class CheckoutQuoteEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cart_id")
    public UUID cartId;

    @Column(name = "cart_version")
    public long cartVersion;

    public String currency;

    @Column(name = "total_minor")
    public long totalMinor;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Documents.Quote document;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
