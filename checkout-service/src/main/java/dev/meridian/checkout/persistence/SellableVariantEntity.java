package dev.meridian.checkout.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the sellable-variant read model (V1); written only by {@link SellableVariantRepository}'s upsert. */
@Entity
@Table(name = "sellable_variant")
public class SellableVariantEntity extends PanacheEntityBase {

    @Id
    public String sku;

    @Column(name = "product_id")
    public UUID productId;

    @Column(name = "product_version")
    public long productVersion;

    @Column(name = "product_updated_at")
    public Instant productUpdatedAt;

    @Column(name = "product_status")
    public String productStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, String> options;

    public String brand;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "category_ids", columnDefinition = "jsonb")
    public Documents.Strings categoryIds;

    @Column(name = "tax_category")
    public String taxCategory;

    @Column(name = "hs_code")
    public String hsCode;

    @Column(name = "origin_country")
    public String originCountry;

    @Column(name = "weight_grams")
    public Integer weightGrams;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Documents.Offers offers;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
