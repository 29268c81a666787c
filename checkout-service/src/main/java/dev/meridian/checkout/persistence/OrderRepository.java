package dev.meridian.checkout.persistence;

import dev.meridian.checkout.domain.order.Order;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Orders, in the caller's session and transaction. */
@ApplicationScoped
public class OrderRepository {

    /** The next human-friendly order number of a market, e.g. {@code DE-1000042}. */
    public Uni<String> nextNumber(String market) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select nextval('order_number')", Long.class)
                .getSingleResult()).map(n -> market + "-" + n);
    }

    public Uni<Order> insert(Order order) {
        OrderEntity e = OrderMapper.toEntity(order, new OrderEntity());
        return e.persist().chain(() -> Panache.getSession().chain(s -> s.flush())).map(v -> OrderMapper.toDomain(e));
    }

    public Uni<Optional<Order>> find(UUID id) {
        return OrderEntity.<OrderEntity>findById(id).map(e -> Optional.ofNullable(e).map(OrderMapper::toDomain));
    }

    /** The order, locked until the transaction ends: events on one order are applied one after another. */
    public Uni<Optional<Order>> findForUpdate(UUID id) {
        return OrderEntity.<OrderEntity>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(e -> Optional.ofNullable(e).map(OrderMapper::toDomain));
    }

    public Uni<Optional<Order>> findByCart(UUID cartId) {
        return OrderEntity.<OrderEntity>find("cartId", cartId).firstResult()
                .map(e -> Optional.ofNullable(e).map(OrderMapper::toDomain));
    }

    /** Stores the next state of an order read in this transaction at {@code next.version()}. */
    public Uni<Order> update(Order next) {
        return OrderEntity.<OrderEntity>findById(next.id()).chain(e -> {
            if (e == null || e.version != next.version()) {
                return Uni.createFrom().failure(new StateConflict("order " + next.id()
                        + " was changed concurrently; read it again and retry"));
            }
            OrderMapper.toEntity(next, e);
            return Panache.getSession().chain(s -> s.flush()).map(v -> OrderMapper.toDomain(e));
        });
    }
}
