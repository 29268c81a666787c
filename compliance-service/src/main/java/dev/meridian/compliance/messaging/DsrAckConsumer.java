package dev.meridian.compliance.messaging;

import dev.meridian.compliance.domain.audit.AuditChain;
import dev.meridian.compliance.domain.dsr.ServiceAck;
import dev.meridian.compliance.service.dsr.DsrService;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Records each service's answer to a data-subject request, once per event. An answer counts only when the event
 * comes from the service it names: CloudEvent {@code source} {@code /<service>-service} (the service's outbox
 * source) and type {@code meridian.<service>.dsr.acknowledged.v1}; anything else is logged and ignored, so no
 * service can complete another's part of a request.
 */
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
                    if (!fromTheServiceItNames(event, data.service())) {
                        LOG.warnf("ignoring DSR acknowledgement %s for request %s: it names service '%s' but comes from "
                                + "source '%s' with type '%s'", event.id(), data.requestId(), data.service(),
                                event.source(), event.type());
                        return Uni.createFrom().voidItem();
                    }
                    ServiceAck ack = new ServiceAck(data.service(), data.outcome(),
                            data.data() == null ? null : data.data().toString(), AuditChain.storable(clock.instant()));
                    return dsr.acknowledge(data.requestId(), ack);
                });
    }

    static boolean fromTheServiceItNames(CloudEvent event, String service) {
        return ("/" + service + "-service").equals(event.source())
                && ("meridian." + service + ComplianceEvents.DSR_ACK_SUFFIX).equals(event.type());
    }
}
