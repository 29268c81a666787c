package dev.meridian.checkout.messaging;

import dev.meridian.checkout.service.privacy.CustomerDataService;
import dev.meridian.platform.privacy.DsrResponder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Answers compliance's data-subject requests with what checkout holds about the subject. */
@ApplicationScoped
public class DsrRequestConsumer {

    static final String SERVICE = "checkout";

    private final DsrResponder responder;
    private final CustomerDataService customers;

    public DsrRequestConsumer(DsrResponder responder, CustomerDataService customers) {
        this.responder = responder;
        this.customers = customers;
    }

    @Incoming("dsr-requests")
    public Uni<Void> consume(String message) {
        return responder.respond(SERVICE, message, customers);
    }
}
