package dev.meridian.fulfillment.api.returns;

import dev.meridian.fulfillment.service.returns.OpenReturnCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

public record OpenReturnRequest(@NotNull UUID shipmentId, @NotEmpty List<@Valid @NotNull Line> lines) {

    public record Line(@NotBlank String sku, @NotNull @Positive Integer quantity,
                       @NotBlank @Size(max = 500) String reason) {
    }

    public OpenReturnCommand toCommand() {
        return new OpenReturnCommand(shipmentId, lines.stream()
                .map(l -> new OpenReturnCommand.Line(l.sku(), l.quantity(), l.reason())).toList());
    }
}
