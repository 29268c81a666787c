package dev.meridian.catalog.messaging;

import dev.meridian.platform.privacy.DsrResponder;
import dev.meridian.platform.privacy.PersonalDataHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Answers compliance's data-subject requests. The catalog stores products, prices and markets only, no data
 * about people, so it answers NO_DATA; it still answers, because compliance completes a request only when every
 * service it asked has acknowledged.
 */
@ApplicationScoped
public class DsrRequestConsumer implements PersonalDataHandler {

    static final String SERVICE = "catalog";

    private final DsrResponder responder;

    public DsrRequestConsumer(DsrResponder responder) {
        this.responder = responder;
    }

    @Incoming("dsr-requests")
    public Uni<Void> consume(String message) {
        return responder.respond(SERVICE, message, this);
    }

    @Override
    public Uni<Optional<Object>> export(String subjectId) {
        return Uni.createFrom().item(Optional.empty());
    }

    @Override
    public Uni<Boolean> erase(String subjectId) {
        return Uni.createFrom().item(false);
    }
}
