package dev.meridian.catalog.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "product")
public class ProductEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String sku;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> title;

    @Column(name = "base_price_minor", nullable = false)
    public long basePriceMinor;

    @Column(name = "base_price_currency", nullable = false, length = 3)
    public String basePriceCurrency;

    @Column(nullable = false)
    public String status;

    /** {@link dev.meridian.catalog.domain.ProductDetails} as JSON (written by {@link DocJson}). */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "details::text", write = "cast(cast(? as text) as jsonb)")
    public String details;

    /** The variants as JSON (written by {@link DocJson}). */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "variants::text", write = "cast(cast(? as text) as jsonb)")
    public String variants;

    @Column(name = "category_id")
    public UUID categoryId;

    @Column(nullable = false)
    public String[] skus;

    @Column(name = "option_values", nullable = false)
    public String[] optionValues;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
