package dev.meridian.compliance.messaging;

import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Fans a data-subject request out to every service, through the outbox of the caller's transaction. */
@ApplicationScoped
public class DsrEvents {

    private final Outbox outbox;

    public DsrEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> requested(DataSubjectRequest request) {
        return outbox.record(ComplianceEvents.DSR_TOPIC, EventTypes.COMPLIANCE_DSR_REQUESTED, request.id().toString(),
                DsrRequestedData.of(request)).replaceWithVoid();
    }
}
