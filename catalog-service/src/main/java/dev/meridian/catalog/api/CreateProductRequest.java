package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.ProductStatus;
import dev.meridian.platform.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Body of POST /v1/admin/products. */
public record CreateProductRequest(
        @NotBlank @Size(max = 64) String sku,
        @NotEmpty Map<@NotBlank String, @NotBlank @Size(max = 500) String> title,
        @NotNull Money price,
        ProductStatus status) {
}
