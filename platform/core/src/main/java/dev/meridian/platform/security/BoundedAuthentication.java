package dev.meridian.platform.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer-token authentication with a deadline. A token whose key id the service does not know makes Quarkus OIDC
 * fetch the identity provider's keys; with the provider hung (a Keycloak stopped with SIGSTOP) that fetch never
 * answers, and the request waited with it — more than 15 s measured, so any anonymous caller could tie up
 * connections with made-up key ids. Past the deadline the request is refused with 401, as for any token that
 * cannot be verified; tokens with known keys are verified locally and are unaffected.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BoundedAuthentication implements HttpAuthenticationMechanism {

    @Inject
    OidcAuthenticationMechanism delegate;

    @ConfigProperty(name = "meridian.security.authentication-timeout", defaultValue = "3s")
    Duration timeout;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return delegate.authenticate(context, identityProviderManager)
                .ifNoItem().after(timeout)
                .failWith(() -> new AuthenticationFailedException(
                        "the token could not be verified in time (identity provider not answering)"));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return delegate.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return delegate.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return delegate.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return delegate.getPriority();
    }
}
