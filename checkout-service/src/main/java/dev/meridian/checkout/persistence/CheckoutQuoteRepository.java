package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.checkout.CheckoutQuote;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Checkout quotes, in the caller's session and transaction. */
@ApplicationScoped
public class CheckoutQuoteRepository {

    public Uni<CheckoutQuote> insert(CheckoutQuote quote) {
        CheckoutQuoteEntity e = new CheckoutQuoteEntity();
        e.id = quote.id();
        e.cartId = quote.cartId();
        e.cartVersion = quote.cartVersion();
        e.currency = quote.currency().getCurrencyCode();
        e.totalMinor = quote.totals().total().minorUnits();
        e.document = CheckoutQuoteMapper.document(quote);
        e.createdAt = quote.createdAt();
        e.expiresAt = quote.expiresAt();
        return e.persist().replaceWith(quote);
    }

    public Uni<Optional<CheckoutQuote>> find(UUID id) {
        return CheckoutQuoteEntity.<CheckoutQuoteEntity>findById(id)
                .map(e -> Optional.ofNullable(e).map(q -> CheckoutQuoteMapper.toDomain(q.document)));
    }

    /** The newest quote of the cart at this version that is still valid at {@code now}. */
    public Uni<Optional<CheckoutQuote>> findValid(UUID cartId, long cartVersion, Instant now) {
        return CheckoutQuoteEntity.<CheckoutQuoteEntity>find(
                        "cartId = ?1 and cartVersion = ?2 and expiresAt > ?3 order by expiresAt desc", cartId,
                        cartVersion, now)
                .firstResult().map(e -> Optional.ofNullable(e).map(q -> CheckoutQuoteMapper.toDomain(q.document)));
    }
}
