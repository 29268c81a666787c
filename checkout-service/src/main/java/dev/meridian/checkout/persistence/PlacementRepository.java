package dev.meridian.checkout.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim on a cart while its order is placed (table order_placement): who may reserve and create the order, and
 * the order id fulfillment reserves under. In the caller's transaction.
 */
@ApplicationScoped
public class PlacementRepository {

    public record Claim(UUID cartId, UUID orderId, String scope, String key, String status, Instant createdAt) {

        public boolean heldBy(String scope, String key) {
            return this.scope.equals(scope) && this.key.equals(key);
        }

        public boolean placed() {
            return "PLACED".equals(status);
        }
    }

    private static final String CLAIM = """
            insert into order_placement (cart_id, order_id, idempotency_scope, idempotency_key, status, created_at)
            values (:cart, :order, :scope, :key, 'PENDING', :at) on conflict (cart_id) do nothing""";
    private static final String TAKE_OVER = """
            update order_placement set order_id = :order, idempotency_scope = :scope, idempotency_key = :key,
              created_at = :at
            where cart_id = :cart and status = 'PENDING' and created_at < :staleBefore""";
    private static final String FIND = """
            select order_id, idempotency_scope, idempotency_key, status, created_at from order_placement
            where cart_id = :cart""";

    /** @return true when this request now holds the claim */
    public Uni<Boolean> claim(UUID cartId, UUID orderId, String scope, String key, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CLAIM).setParameter("cart", cartId)
                .setParameter("order", orderId).setParameter("scope", scope).setParameter("key", key)
                .setParameter("at", now.atOffset(ZoneOffset.UTC)).executeUpdate()).map(n -> n == 1);
    }

    /** Takes over a pending claim older than {@code staleBefore} (its request died); true when taken. */
    public Uni<Boolean> takeOver(UUID cartId, UUID orderId, String scope, String key, Instant now, Instant staleBefore) {
        return Panache.getSession().chain(s -> s.createNativeQuery(TAKE_OVER).setParameter("cart", cartId)
                .setParameter("order", orderId).setParameter("scope", scope).setParameter("key", key)
                .setParameter("at", now.atOffset(ZoneOffset.UTC))
                .setParameter("staleBefore", staleBefore.atOffset(ZoneOffset.UTC)).executeUpdate()).map(n -> n == 1);
    }

    public Uni<Optional<Claim>> find(UUID cartId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FIND, Object[].class).setParameter("cart", cartId)
                .getResultList()).map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(claim(cartId,
                rows.getFirst())));
    }

    /** The claim, locked until the transaction ends. */
    public Uni<Optional<Claim>> findForUpdate(UUID cartId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(FIND + " for update", Object[].class)
                .setParameter("cart", cartId).getResultList()).map(rows -> rows.isEmpty() ? Optional.empty()
                : Optional.of(claim(cartId, rows.getFirst())));
    }

    public Uni<Integer> markPlaced(UUID cartId, UUID orderId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "update order_placement set status = 'PLACED' where cart_id = :cart and order_id = :order")
                .setParameter("cart", cartId).setParameter("order", orderId).executeUpdate());
    }

    /** Drops a pending claim of this order id (the placement failed); 0 when it was placed or taken over. */
    public Uni<Integer> drop(UUID cartId, UUID orderId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "delete from order_placement where cart_id = :cart and order_id = :order and status = 'PENDING'")
                .setParameter("cart", cartId).setParameter("order", orderId).executeUpdate());
    }

    private static Claim claim(UUID cartId, Object[] r) {
        return new Claim(cartId, (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], Times.instant(r[4]));
    }
}
