package dev.meridian.checkout.api;

import dev.meridian.platform.security.CallerIdentity;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The caller of an endpoint that anonymous shoppers may use too. With lazy authentication (a platform default) the
 * identity of a {@code @PermitAll} request is resolved on demand, and reading the injected identity on the I/O
 * thread would block. It is resolved here without blocking and pinned on the request, so that code reading the
 * injected identity afterwards (the platform's {@code Idempotency}, which scopes keys by caller) sees it at once,
 * an anonymous caller included.
 */
@ApplicationScoped
public class Callers {

    private final CurrentIdentityAssociation identities;
    private final CurrentVertxRequest request;

    public Callers(CurrentIdentityAssociation identities, CurrentVertxRequest request) {
        this.identities = identities;
        this.request = request;
    }

    /** The signed-in caller's subject, or empty for an anonymous caller. */
    public Uni<Optional<String>> subject() {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity != null) {
                identities.setIdentity(identity);
                RoutingContext current = request.getCurrent();
                if (current != null && current.user() == null) {
                    current.setUser(new QuarkusHttpUser(identity));
                }
            }
            return Optional.ofNullable(CallerIdentity.subject(identity));
        });
    }
}
