package dev.meridian.webhook.api.endpoint;

import dev.meridian.webhook.service.endpoint.EndpointCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An endpoint's settings, for create (POST) and replace (PUT). */
@Schema(description = "Where to deliver, which events, and how")
public record EndpointRequest(
        @Schema(description = "Absolute http(s) URL (https only in production); internal addresses are refused when connecting",
                example = "https://erp.example.com/hooks/meridian", maxLength = 2048)
        @NotBlank @Size(max = 2048) String url,
        @Schema(description = "Free text for the integrator", maxLength = 500) @Size(max = 500) String description,
        @Schema(description = "Event types or patterns; '*' stands for one segment, a trailing '*' for the rest",
                example = "[\"meridian.checkout.order.*\", \"meridian.fulfillment.shipment.dispatched.v1\"]")
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> eventTypes,
        @Schema(description = "Only events about this market (events that name no market are not delivered)",
                example = "DE", pattern = "^[A-Z]{2}$") @Size(max = 2) String market,
        @Schema(description = "Deliver to this endpoint (default true); enabling again clears a disablement")
        Boolean enabled,
        @Schema(description = "At most this many messages per second (default: no limit)", minimum = "1",
                maximum = "10000") Integer throttlePerSecond,
        @Schema(description = "PER_AGGREGATE (default): events of one order, shipment or product arrive in order; "
                + "NONE: as fast as possible", enumeration = {"PER_AGGREGATE", "NONE"}) @Size(max = 20)
        String ordering) {

    public EndpointCommand toCommand() {
        return new EndpointCommand(url, description, eventTypes, market, enabled, throttlePerSecond, ordering);
    }
}
