package dev.meridian.catalog.api.product;

import jakarta.validation.constraints.NotNull;

/** Body of PUT /v1/admin/products/{id}/markets/{market}. */
public record PublicationRequest(@NotNull Boolean published) {
}
