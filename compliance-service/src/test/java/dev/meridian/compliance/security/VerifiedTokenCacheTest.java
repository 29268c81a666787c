package dev.meridian.compliance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger verifications = new AtomicInteger();

    private IdentityProvider<TokenAuthenticationRequest> oidc(long expSeconds) {
        return new IdentityProvider<>() {
            @Override
            public Class<TokenAuthenticationRequest> getRequestType() {
                return TokenAuthenticationRequest.class;
            }

            @Override
            public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                                                      io.quarkus.security.identity.AuthenticationRequestContext context) {
                verifications.incrementAndGet();
                if (request.getToken().getToken().startsWith("bad")) {
                    return Uni.createFrom().failure(new AuthenticationFailedException("signature"));
                }
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("erp")).addRole("integration")
                        .addAttribute("quarkus.identity.expire-time", expSeconds).build());
            }
        };
    }

    private static TokenAuthenticationRequest request(String token) {
        return new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
    }

    private SecurityIdentity authenticate(VerifiedTokenCache cache, String token) {
        return cache.authenticate(request(token), null).await().indefinitely();
    }

    @Test
    void a_token_verified_once_is_not_verified_again_while_valid() {
        VerifiedTokenCache cache = new VerifiedTokenCache(oidc(now.get() / 1000 + 300), now::get);
        authenticate(cache, "t1");
        SecurityIdentity second = authenticate(cache, "t1");
        assertThat(verifications).hasValue(1);
        assertThat(second.hasRole("integration")).isTrue();
        assertThat(second.getPrincipal().getName()).isEqualTo("erp");
    }

    @Test
    void another_token_is_verified_on_its_own() {
        VerifiedTokenCache cache = new VerifiedTokenCache(oidc(now.get() / 1000 + 300), now::get);
        authenticate(cache, "t1");
        authenticate(cache, "t2");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void an_expired_token_is_verified_again_and_not_served_from_the_cache() {
        VerifiedTokenCache cache = new VerifiedTokenCache(oidc(now.get() / 1000 + 10), now::get);
        authenticate(cache, "t1");
        now.addAndGet(10_000);
        authenticate(cache, "t1");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void entries_are_reverified_after_the_maximum_age_even_for_long_lived_tokens() {
        VerifiedTokenCache cache = new VerifiedTokenCache(oidc(now.get() / 1000 + 86_400), now::get);
        authenticate(cache, "t1");
        now.addAndGet(VerifiedTokenCache.MAX_AGE_MILLIS);
        authenticate(cache, "t1");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_failed_verification_is_never_cached() {
        VerifiedTokenCache cache = new VerifiedTokenCache(oidc(now.get() / 1000 + 300), now::get);
        assertThatThrownBy(() -> authenticate(cache, "bad-token")).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> authenticate(cache, "bad-token")).isInstanceOf(AuthenticationFailedException.class);
        assertThat(verifications).hasValue(2);
    }
}
