package dev.meridian.catalog.api.product;

import dev.meridian.catalog.domain.product.Dimensions;
import dev.meridian.catalog.domain.product.ProductStatus;
import dev.meridian.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Body of POST /v1/admin/products and PUT /v1/admin/products/{id}: everything but sku and title is optional. */
public record CreateProductRequest(
        @NotBlank @Size(max = 64) String sku,
        @NotEmpty Map<@NotBlank String, @NotBlank @Size(max = 500) String> title,
        @NotNull Money price,
        ProductStatus status,
        Map<String, @Size(max = 20000) String> description,
        Map<String, @Size(max = 200) String> seoTitle,
        Map<String, @Size(max = 500) String> seoDescription,
        Map<String, String> handle,
        @Size(max = 200) String brand,
        UUID categoryId,
        @Size(max = 5) List<@Valid OptionAxisBody> optionAxes,
        String hsCode,
        String originCountry,
        String taxCategory,
        @Size(max = 32) Set<String> certifications,
        @Size(max = 50) List<@Valid ImageBody> images,
        @Size(max = 250) List<@Valid VariantBody> variants) {

    public record OptionAxisBody(@NotBlank String name, Map<String, String> label, @NotEmpty List<@NotBlank String> values) {
    }

    public record ImageBody(@NotBlank String url, Map<String, String> alt) {
    }

    public record VariantBody(@NotBlank String sku, String gtin, Map<String, String> options, Money price,
                              Integer weightGrams, Dimensions dimensions) {
    }
}
