package dev.meridian.webhook.messaging;

import dev.meridian.platform.privacy.DsrResponder;
import dev.meridian.webhook.service.privacy.EventLogPersonalData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Answers compliance's data-subject requests addressed to {@code webhook} with what the event log holds. */
@ApplicationScoped
public class DsrRequestConsumer {

    static final String SERVICE = "webhook";

    private final DsrResponder responder;
    private final EventLogPersonalData personalData;

    public DsrRequestConsumer(DsrResponder responder, EventLogPersonalData personalData) {
        this.responder = responder;
        this.personalData = personalData;
    }

    @Incoming("dsr-requests")
    public Uni<Void> consume(String message) {
        return responder.respond(SERVICE, message, personalData);
    }
}
