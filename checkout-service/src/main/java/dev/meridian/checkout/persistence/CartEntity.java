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
@Table(name = "cart")
public class CartEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "customer_id")
    public String customerId;

    public String market;

    public String currency;

    public String locale;

    @Column(name = "tax_inclusive")
    public boolean taxInclusive;

    public String status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Documents.CartLines lines;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "discount_codes", columnDefinition = "jsonb")
    public Documents.Strings discountCodes;

    public String email;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "shipping_address", columnDefinition = "jsonb")
    public Documents.Address shippingAddress;

    @Column(name = "shipping_service")
    public String shippingService;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "abandoned_at")
    public Instant abandonedAt;

    @Version
    public long version;
}
