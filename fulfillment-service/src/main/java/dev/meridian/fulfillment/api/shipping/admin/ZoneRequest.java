package dev.meridian.fulfillment.api.shipping.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A zone is a set of ISO 3166-1 alpha-2 destination countries sharing rates; each must be a real country. */
public record ZoneRequest(@NotNull @NotEmpty @Size(max = 250) Set<@NotNull String> countries) {
}
