package dev.meridian.platform.privacy;

import dev.meridian.platform.inbox.IdempotentConsumer;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers compliance's data-subject requests for one service: exports or erases through the service's
 * {@link PersonalDataHandler} and records the acknowledgement in the outbox, all in one transaction with the
 * inbox record, so a redelivered request is answered once and an answer is never lost.
 *
 * <p>A service wires it from a one-line Kafka consumer of {@value DataSubjectRequest#TOPIC}.
 */
@ApplicationScoped
public class DsrResponder {

    /** Where every service answers data-subject requests; compliance consumes it. */
    public static final String ACK_TOPIC = "compliance.dsr.acks";


    private final IdempotentConsumer consumer;
    private final Outbox outbox;

    public DsrResponder(IdempotentConsumer consumer, Outbox outbox) {
        this.consumer = consumer;
        this.outbox = outbox;
    }

    /**
     * @param service the answering service's name as compliance lists it, e.g. {@code fulfillment}
     */
    public Uni<Void> respond(String service, String message, PersonalDataHandler handler) {
        return consumer.consume(service + ".dsr", message, DataSubjectRequest.TYPE::equals, DataSubjectRequest.class,
                (event, request) -> request.addressedTo(service) && request.requestId() != null
                        ? answer(service, request, handler)
                        : Uni.createFrom().voidItem());
    }

    private Uni<?> answer(String service, DataSubjectRequest request, PersonalDataHandler handler) {
        Uni<Map<String, Object>> ack = switch (request.kind()) {
            case ACCESS -> handler.export(request.subjectId()).map(data -> data
                    .map(d -> ack(request, service, "DATA", d))
                    .orElseGet(() -> ack(request, service, "NO_DATA", null)));
            case ERASURE -> handler.erase(request.subjectId())
                    .map(erased -> ack(request, service, erased ? "ERASED" : "NO_DATA", null));
        };
        // A fixed topic (issue 9, item 10): a request event must not be able to name where answers go.
        return ack.chain(data -> outbox.record(ACK_TOPIC, "meridian." + service + ".dsr.acknowledged.v1",
                request.requestId(), data));
    }

    private static Map<String, Object> ack(DataSubjectRequest request, String service, String outcome, Object data) {
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("requestId", request.requestId());
        ack.put("service", service);
        ack.put("outcome", outcome);
        if (data != null) {
            ack.put("data", data);
        }
        return ack;
    }
}
