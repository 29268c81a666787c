package dev.meridian.compliance.messaging;

import dev.meridian.compliance.service.dsr.DsrService;
import dev.meridian.compliance.domain.dsr.ServiceAck;
import dev.meridian.compliance.domain.audit.AuditChain;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Records each service's answer to a data-subject request, once per event. */
@ApplicationScoped
public class DsrAckConsumer {

    static final String CONSUMER = "compliance.dsr-acks";
    private static final Logger LOG = Logger.getLogger(DsrAckConsumer.class);
    private static final Set<String> OUTCOMES = Set.of("DATA", "ERASED", "NO_DATA");

    private final IdempotentConsumer consumer;
    private final DsrService dsr;
    private final Clock clock;

    public DsrAckConsumer(IdempotentConsumer consumer, DsrService dsr, Clock clock) {
        this.consumer = consumer;
        this.dsr = dsr;
        this.clock = clock;
    }

    @Incoming("dsr-acks")
    public Uni<Void> consume(String message) {
        return consumer.consume(CONSUMER, message, type -> type.endsWith(ComplianceEvents.DSR_ACK_SUFFIX),
                DsrAcknowledgedData.class, (event, data) -> {
                    if (data.requestId() == null || data.service() == null || !OUTCOMES.contains(data.outcome())) {
                        LOG.warnf("skipping DSR acknowledgement %s: requestId, service and outcome are required",
                                event.id());
                        return Uni.createFrom().voidItem();
                    }
                    ServiceAck ack = new ServiceAck(data.service(), data.outcome(),
                            data.data() == null ? null : data.data().toString(), AuditChain.storable(clock.instant()));
                    return dsr.acknowledge(data.requestId(), ack);
                });
    }
}
