package dev.meridian.compliance.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A consent ledger row; inserted only (the table refuses updates and deletes). */
@Entity
@Table(name = "consent_record")
public class ConsentRecordEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public boolean granted;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Column(nullable = false)
    public String jurisdiction;

    @Column(nullable = false)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
