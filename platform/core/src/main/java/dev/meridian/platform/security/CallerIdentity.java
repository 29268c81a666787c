package dev.meridian.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One customer identity everywhere (ARCHITECTURE.md): the token's {@code sub}, never the user name, which a user
 * may change and which Keycloak does not promise to keep unique over time. The platform also sets
 * {@code quarkus.oidc.token.principal-claim=sub}, so {@code getPrincipal().getName()} agrees.
 */
public final class CallerIdentity {

    private CallerIdentity() {
    }

    /** The caller's subject; {@code null} for an anonymous caller. */
    public static String subject(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
