package dev.meridian.compliance.messaging;

import dev.meridian.compliance.api.DsrService;
import dev.meridian.compliance.domain.dsr.ServiceAck;
import dev.meridian.platform.events.CloudEvent;
import dev.meridian.platform.events.EventJson;
import dev.meridian.platform.events.MalformedEventException;
import dev.meridian.platform.inbox.Inbox;
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

    private final EventJson events;
    private final Inbox inbox;
    private final DsrService dsr;
    private final Clock clock;

    public DsrAckConsumer(EventJson events, Inbox inbox, DsrService dsr, Clock clock) {
        this.events = events;
        this.inbox = inbox;
        this.dsr = dsr;
        this.clock = clock;
    }

    @Incoming("dsr-acks")
    public Uni<Void> consume(String message) {
        CloudEvent event;
        DsrAcknowledgedData data;
        try {
            event = events.read(message);
            if (!event.type().endsWith(ComplianceEvents.DSR_ACK_SUFFIX)) {
                return Uni.createFrom().voidItem();
            }
            data = events.data(event, DsrAcknowledgedData.class);
        } catch (MalformedEventException e) {
            LOG.warnf("skipping malformed DSR acknowledgement: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        }
        if (data.requestId() == null || data.service() == null || !OUTCOMES.contains(data.outcome())) {
            LOG.warnf("skipping DSR acknowledgement %s: requestId, service and outcome are required", event.id());
            return Uni.createFrom().voidItem();
        }
        ServiceAck ack = new ServiceAck(data.service(), data.outcome(), data.data() == null ? null : data.data().toString(),
                dev.meridian.compliance.domain.audit.AuditChain.storable(clock.instant()));
        return inbox.processOnce(CONSUMER, event, () -> dsr.acknowledge(data.requestId(), ack)).replaceWithVoid();
    }
}
