package dev.meridian.compliance.api;

import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, in the terms the resources need. One identity everywhere: the token's {@code sub} (never the
 * changeable username), whatever the principal's name is configured to be.
 */
@ApplicationScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Who the audit log names: the token's {@code sub}; an identity without a token (tests) by its name. */
    public String actor() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null && !jwt.getSubject().isBlank()) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** Staff act on any data subject. */
    public boolean staff() {
        return identity.hasRole(Roles.COMPLIANCE_OFFICER) || identity.hasRole(Roles.MERCHANT_ADMIN);
    }

    /** The customer's subject id is the token's {@code sub}; an identity without one may not act as a customer. */
    public String tokenSubject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null && !jwt.getSubject().isBlank()) {
            return jwt.getSubject();
        }
        throw ProblemException.of(ProblemType.FORBIDDEN, "the token names no subject");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
