package dev.meridian.platform.it;

import dev.meridian.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Records outbox events in one transaction, as a service's state change would (the probe has no domain). */
@Path("/v1/probe/events")
@PermitAll
public class EventProbeResource {

    public record Record(@NotBlank String topic, @NotBlank String key, @Min(0) @Max(1000) int count) {
    }

    @Inject
    Outbox outbox;

    /** Records {@code count} events for {@code key}, numbered 0.., and answers their ids in order. */
    @POST
    public Uni<List<String>> record(@NotNull @Valid Record request) {
        return Panache.withTransaction(() -> Multi.createFrom().items(IntStream.range(0, request.count()).boxed())
                .onItem().transformToUniAndConcatenate(n -> outbox.record(request.topic(), "meridian.probe.happened.v1",
                        request.key(), Map.of("key", request.key(), "n", n)))
                .map(event -> event.id())
                .collect().asList());
    }
}
