package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "tracking_event")
public class TrackingEventEntity extends PanacheEntityBase {

    @Id
    @Column(name = "webhook_id")
    public String webhookId;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "shipment_id")
    public UUID shipmentId;

    public String status;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public boolean applied;

    public String payload;
}
