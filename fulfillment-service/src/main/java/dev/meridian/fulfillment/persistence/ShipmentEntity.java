package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "shipment")
public class ShipmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "customer_id")
    public String customerId;

    public String market;

    @Column(name = "from_location")
    public String fromLocation;

    @Column(name = "from_country")
    public String fromCountry;

    @Column(name = "destination_country")
    public String destinationCountry;

    public String carrier;

    public String service;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonColumns.ShipLines lines;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonColumns.Parcels parcels;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonColumns.Customs customs;

    public String state;

    @Column(name = "state_reason")
    public String stateReason;

    @Column(name = "state_at")
    public Instant stateAt;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
