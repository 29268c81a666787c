package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.cart.Cart;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Carts, in the caller's session and transaction. Writes are checked against the version the cart was read at. */
@ApplicationScoped
public class CartRepository {

    public Uni<Optional<Cart>> find(UUID id) {
        return CartEntity.<CartEntity>findById(id).map(e -> Optional.ofNullable(e).map(CartMapper::toDomain));
    }

    /** The cart, locked until the transaction ends (placement re-reads it under the lock). */
    public Uni<Optional<Cart>> findForUpdate(UUID id) {
        return CartEntity.<CartEntity>findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(CartMapper::toDomain));
    }

    /** The customer's open cart in a market, if any (there is at most one). */
    public Uni<Optional<Cart>> findOpenOf(String customer, String market) {
        return CartEntity.<CartEntity>find("customerId = ?1 and market = ?2 and status = 'OPEN'", customer, market)
                .firstResult().map(e -> Optional.ofNullable(e).map(CartMapper::toDomain));
    }

    public Uni<List<Cart>> openCartsOf(String customer) {
        return CartEntity.<CartEntity>list("customerId = ?1 and status = 'OPEN' order by updatedAt desc", customer)
                .map(rows -> rows.stream().map(CartMapper::toDomain).toList());
    }

    /** Stores a new cart; returns it at its stored version. */
    public Uni<Cart> insert(Cart cart) {
        CartEntity entity = CartMapper.toEntity(cart, new CartEntity());
        return entity.persist().chain(() -> Panache.getSession().chain(s -> s.flush()))
                .map(v -> CartMapper.toDomain(entity));
    }

    /**
     * Stores the next state of a cart read in this transaction at {@code next.version()}; a concurrent writer that
     * committed in between makes this a {@link StateConflict} (409), never a lost update. Returns the cart at its
     * new version.
     */
    public Uni<Cart> update(Cart next) {
        return CartEntity.<CartEntity>findById(next.id()).chain(entity -> {
            if (entity == null || entity.version != next.version()) {
                return Uni.createFrom().failure(new StateConflict("cart " + next.id()
                        + " was changed concurrently; read it again and retry"));
            }
            CartMapper.toEntity(next, entity);
            return Panache.getSession().chain(s -> s.flush()).map(v -> CartMapper.toDomain(entity));
        });
    }

    /** Open carts with an e-mail untouched since {@code before} and not yet reported, locked; others' rows skipped. */
    public Uni<List<Cart>> lockAbandoned(Instant before, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        select id from cart where status = 'OPEN' and email is not null and abandoned_at is null
                        and updated_at < :before and expires_at > :before order by updated_at limit :limit
                        for update skip locked""", UUID.class)
                .setParameter("before", before.atOffset(java.time.ZoneOffset.UTC)).setParameter("limit", limit)
                .getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Cart>of())
                        : CartEntity.<CartEntity>list("id in ?1", ids)
                                .map(rows -> rows.stream().map(CartMapper::toDomain).toList()));
    }

    /** Records that the cart's abandonment was reported. */
    public Uni<Integer> markAbandoned(UUID id, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update cart set abandoned_at = :at where id = :id and abandoned_at is null")
                .setParameter("at", at.atOffset(java.time.ZoneOffset.UTC)).setParameter("id", id).executeUpdate());
    }
}
