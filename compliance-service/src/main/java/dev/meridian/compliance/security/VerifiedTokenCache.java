package dev.meridian.compliance.security;

import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers the identity of a bearer token that OIDC has already verified, until the token expires (at most
 * {@link #MAX_AGE_MILLIS}). Why: an ERP or checkout client sends the same client-credentials token on
 * thousands of requests, and verifying it each time (RSA signature, base64 and JSON parsing of the JWT) was
 * about a third of the CPU of a quote. Only a token string that verified before is accepted from the cache,
 * compared in full, never by hash; anything else goes to the OIDC provider unchanged, so failures, unknown keys
 * and introspection behave exactly as before. Role mapping is part of the cached identity; augmentors still
 * run per request. The entry expires with the token's own {@code exp} and is also bounded in age so a key
 * rotation or a changed realm role reaches this service within {@link #MAX_AGE_MILLIS}.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    static final long MAX_AGE_MILLIS = 60_000;
    private static final int MAX_ENTRIES = 10_000;
    private static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    private record Entry(SecurityIdentity identity, long validUntilMillis) {
    }

    private final IdentityProvider<TokenAuthenticationRequest> oidc;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokenCache(OidcIdentityProvider oidc) {
        this(oidc, System::currentTimeMillis);
    }

    VerifiedTokenCache(IdentityProvider<TokenAuthenticationRequest> oidc, LongSupplier clock) {
        this.oidc = oidc;
        this.clock = clock;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of the OIDC provider, which answers every miss. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        long now = clock.getAsLong();
        Entry hit = token == null ? null : verified.get(token);
        if (hit != null) {
            if (now < hit.validUntilMillis()) {
                return Uni.createFrom().item(forThisRequest(hit.identity(), routing));
            }
            verified.remove(token, hit);
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity, now));
    }

    private void remember(String token, SecurityIdentity identity, long now) {
        Object exp = identity == null ? null : identity.getAttribute(EXPIRE_TIME);
        if (token == null || !(exp instanceof Number seconds)) {
            return; // nothing says when it stops being valid: never cache it
        }
        long validUntil = Math.min(seconds.longValue() * 1000, now + MAX_AGE_MILLIS);
        if (validUntil <= now) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear(); // bounded memory; clients simply re-verify once
        }
        verified.put(token, new Entry(identity, validUntil));
    }

    /** The cached identity carries the routing context of the request that verified it; use this one's. */
    private static SecurityIdentity forThisRequest(SecurityIdentity cached, RoutingContext routing) {
        if (routing == null) {
            return cached;
        }
        return QuarkusSecurityIdentity.builder(cached).addAttribute(RoutingContext.class.getName(), routing).build();
    }
}
