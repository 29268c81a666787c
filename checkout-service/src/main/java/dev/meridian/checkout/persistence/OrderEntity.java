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
@Table(name = "customer_order")
public class OrderEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String number;

    @Column(name = "cart_id")
    public UUID cartId;

    @Column(name = "customer_id")
    public String customerId;

    public String email;

    @Column(name = "guest_token_hash")
    public String guestTokenHash;

    public String market;

    public String currency;

    public String locale;

    @Column(name = "order_status")
    public String orderStatus;

    @Column(name = "payment_status")
    public String paymentStatus;

    @Column(name = "fulfillment_status")
    public String fulfillmentStatus;

    @Column(name = "return_status")
    public String returnStatus;

    @Column(name = "quote_id")
    public UUID quoteId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Documents.Quote document;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Documents.Progress progress;

    @Column(name = "total_minor")
    public long totalMinor;

    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "reservation_expires_at")
    public Instant reservationExpiresAt;

    @Column(name = "placed_at")
    public Instant placedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
