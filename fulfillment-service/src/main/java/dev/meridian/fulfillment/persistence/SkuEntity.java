package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sku")
public class SkuEntity extends PanacheEntityBase {

    @Id
    public String sku;

    @Column(name = "weight_grams")
    public int weightGrams;

    @Column(name = "hs_code")
    public String hsCode;

    @Column(name = "origin_country")
    public String originCountry;

    public String description;

    @Column(name = "created_at")
    public Instant createdAt;
}
